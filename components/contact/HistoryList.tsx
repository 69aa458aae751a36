import { useMemo } from 'react';
import { describeChanges } from '../../lib/contacts/history-words';
import { useFieldDefs, useGroups } from '../hooks/useCatalog';
import { useI18n } from '../i18n';
import { useContactHistory } from '../hooks/useContacts';

/** The contact's history, newest first: captures, edits, stage and status changes, in words. */
export function HistoryList({ contactId }: { contactId: number }) {
  const { t, locale } = useI18n();
  const entries = useContactHistory(contactId, 100);
  const defs = useFieldDefs();
  const groups = useGroups();
  const words = useMemo(
    () => ({ t, locale, defs: new Map(defs.map((d) => [d.key, d])), groups: new Map(groups.map((g) => [g.id, g])) }),
    [t, locale, defs, groups],
  );
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  if (!entries) return null;
  if (!entries.length) return <p className="text-sm text-slate-500 dark:text-slate-400">{t('contacts.history.empty')}</p>;
  return (
    <ol className="space-y-2" data-testid="contact-history">
      {entries.map((entry) => (
        <li key={entry.id} className="border-l-2 border-slate-200 pl-3 text-sm dark:border-slate-700">
          <p>
            <span className="font-medium">{t(`contacts.history.${entry.kind}`)}</span>
            <span className="text-xs text-slate-600 dark:text-slate-400"> · {format.format(entry.at)}</span>
          </p>
          {entry.changes && (
            <ul className="text-xs text-slate-600 dark:text-slate-300">
              {describeChanges(entry.changes, words).map((line) => (
                <li key={line.key}>
                  {t('contacts.history.change', { field: line.label, before: line.before, after: line.after })}
                </li>
              ))}
            </ul>
          )}
          {entry.origin && entry.origin !== 'manual' && <p className="truncate text-xs text-slate-600 dark:text-slate-400">{entry.origin}</p>}
        </li>
      ))}
    </ol>
  );
}
