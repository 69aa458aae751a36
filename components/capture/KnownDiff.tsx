import { mergeDraft, type FieldChanges } from '../../lib/contacts/merge';
import { ContactDraftSchema, type Contact, type ContactDraft } from '../../lib/model';
import type { MessageKey } from '../../lib/i18n';
import { useT } from '../i18n';
import { useColleague } from '../hooks/useColleague';

type T = ReturnType<typeof useT>;

/**
 * "Already in your contacts" and what saving would change, computed with the
 * repository's own merge rules (refresh) against the stored contact.
 */
export function KnownDiff({ known, draft }: { known: Contact; draft: ContactDraft }) {
  const t = useT();
  const parsed = ContactDraftSchema.safeParse(draft);
  const sameContact = parsed.success && parsed.data.email === known.email;
  const merge = sameContact ? mergeDraft(known, parsed.data, 'refresh') : null;
  const colleague = useColleague(known.id);
  return (
    <div className="space-y-1 rounded bg-amber-50 px-2 py-1.5 text-xs text-amber-900 dark:bg-amber-900/30 dark:text-amber-100" data-testid="capture-known">
      <p className="font-medium">
        {t('capture.alreadyKnown')} · {known.email}
      </p>
      {colleague && <p data-testid="capture-known-team">{t('team.captured', { user: colleague })}</p>}
      <p data-testid="capture-known-status">{t('capture.knownStatus', { status: t(`status.${known.status}`) })}{known.archived ? ` · ${t('popup.archived')}` : ''}</p>
      {parsed.success && !sameContact && <p>{t('linkedin.otherEmail')}</p>}
      {merge && (
        <div data-testid="capture-diff">
          <Changes title={t('linkedin.wouldChange')} changes={merge.changes} format={(f, [b, a]) => t('linkedin.change', { field: label(f, t), before: show(b, t), after: show(a, t) })} />
          <Changes title={t('linkedin.wouldKeep')} changes={merge.conflicts} format={(f, [k, i]) => t('linkedin.keep', { field: label(f, t), kept: show(k, t), incoming: show(i, t) })} />
          {!Object.keys(merge.changes).length && !Object.keys(merge.conflicts).length && <p>{t('linkedin.nothingNew')}</p>}
        </div>
      )}
    </div>
  );
}

function Changes({ title, changes, format }: { title: string; changes: FieldChanges; format: (field: string, pair: [unknown, unknown]) => string }) {
  const entries = Object.entries(changes);
  if (!entries.length) return null;
  return (
    <>
      <p>{title}</p>
      <ul className="list-disc pl-4">
        {entries.map(([field, pair]) => (
          <li key={field}>{format(field, pair)}</li>
        ))}
      </ul>
    </>
  );
}

function label(field: string, t: T): string {
  const key = `field.${field}` as MessageKey;
  const text = t(key);
  return text === key ? field : text;
}

function show(value: unknown, t: T): string {
  if (value === undefined || value === null || value === '') return t('linkedin.empty');
  return Array.isArray(value) ? value.join(', ') : String(value);
}
