import { useLiveQuery } from 'dexie-react-hooks';
import { contactHistory } from '../../lib/contacts/history';
import { getDb } from '../../lib/db/database';
import type { MessageKey, Translate } from '../../lib/i18n';
import { useI18n } from '../i18n';

function show(value: unknown, t: Translate, field: string): string {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
  if (field === 'stage' || field === 'status') return t(`${field}.${value}` as MessageKey);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function fieldLabel(field: string, t: Translate): string {
  if (field.startsWith('custom:')) return field.slice(7);
  const key = `field.${field}` as MessageKey;
  const label = t(key);
  return label === key ? field : label;
}

/** The contact's history, newest first: captures, edits, stage and status changes. */
export function HistoryList({ contactId }: { contactId: number }) {
  const { t, locale } = useI18n();
  const entries = useLiveQuery(() => contactHistory(getDb(), contactId, 100), [contactId]);
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  if (!entries) return null;
  if (!entries.length) return <p className="text-sm text-slate-500">{t('contacts.history.empty')}</p>;
  return (
    <ol className="space-y-2" data-testid="contact-history">
      {entries.map((entry) => (
        <li key={entry.id} className="border-l-2 border-slate-200 pl-3 text-sm dark:border-slate-700">
          <p>
            <span className="font-medium">{t(`contacts.history.${entry.kind}`)}</span>
            <span className="text-xs text-slate-500 dark:text-slate-400"> · {format.format(entry.at)}</span>
          </p>
          {entry.changes && (
            <ul className="text-xs text-slate-600 dark:text-slate-300">
              {Object.entries(entry.changes).map(([field, [before, after]]) => (
                <li key={field}>
                  {fieldLabel(field, t)}: {show(before, t, field)} → {show(after, t, field)}
                </li>
              ))}
            </ul>
          )}
          {entry.origin && entry.origin !== 'manual' && <p className="truncate text-xs text-slate-500">{entry.origin}</p>}
        </li>
      ))}
    </ol>
  );
}
