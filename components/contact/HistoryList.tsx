import { useMemo } from 'react';
import { describeChanges, type HistoryWords } from '../../lib/contacts/history-words';
import type { HistoryEntry } from '../../lib/model';
import { useFieldDefs, useGroups } from '../hooks/useCatalog';
import { useI18n } from '../i18n';
import { dateFormat } from '../../lib/i18n/date-format';

/** What history lines need to be told in words: labels, group names, the locale. */
export function useHistoryWords(): HistoryWords {
  const { t, locale } = useI18n();
  const defs = useFieldDefs();
  const groups = useGroups();
  return useMemo(
    () => ({ t, locale, defs: new Map(defs.map((d) => [d.key, d])), groups: new Map(groups.map((g) => [g.id, g])) }),
    [t, locale, defs, groups],
  );
}

/** One history entry in words: what happened, when, the changed fields, and where it came from. */
export function HistoryEntryView({ entry, words, automatic }: { entry: HistoryEntry; words: HistoryWords; automatic?: boolean }) {
  const { t, locale } = useI18n();
  const format = dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <p>
        <span className="font-medium">{t(`contacts.history.${entry.kind}`)}</span>
        {automatic && (
          <span data-testid="timeline-automatic" className="ml-1 rounded bg-slate-100 px-1 text-[10px] font-semibold uppercase text-slate-700 dark:bg-slate-800 dark:text-slate-300">
            {t('followups.timeline.automatic')}
          </span>
        )}
        <span className="text-xs text-slate-600 dark:text-slate-400"> · {format.format(entry.at)}</span>
      </p>
      {entry.changes && (
        <ul className="text-xs text-slate-600 dark:text-slate-300">
          {describeChanges(entry.changes, words).map((line) => (
            <li key={line.key}>{t('contacts.history.change', { field: line.label, before: line.before, after: line.after })}</li>
          ))}
        </ul>
      )}
      {entry.origin === 'reminder' ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">{t('followups.timeline.fromReminder')}</p>
      ) : (
        entry.origin && entry.origin !== 'manual' && <p className="truncate text-xs text-slate-600 dark:text-slate-400">{entry.origin}</p>
      )}
    </>
  );
}
