import type { SelectionEntry } from '../../lib/capture/list-selection';
import type { Known } from '../../lib/contacts/pending-batch';
import { useT } from '../i18n';

/** One listed person: a checkbox, name, role, degree, and a mark when already known. Page text rendered as text. */
export function ListRow({ entry, known, onToggle }: { entry: SelectionEntry; known: Known | undefined; onToggle: () => void }) {
  const t = useT();
  const { person } = entry;
  const role = [person.title, person.company].filter(Boolean).join(' · ') || person.headline;
  const id = `list-${entry.key}`;
  return (
    <li className="flex items-start gap-2 py-1 text-sm" data-testid="list-person" data-known={known ?? ''}>
      <input id={id} type="checkbox" checked={entry.checked} onChange={onToggle} className="mt-1" aria-label={t('lists.selectPerson', { name: person.fullName })} />
      <label htmlFor={id} className="min-w-0 flex-1 cursor-pointer">
        <span className="flex items-baseline gap-1">
          <span className="truncate font-medium">{person.fullName}</span>
          {person.degree && (
            <span className="text-xs text-slate-500" title={t('lists.degreeLabel', { degree: person.degree })}>
              {t('lists.degree', { degree: person.degree })}
            </span>
          )}
          {known && (
            <span className="rounded bg-slate-100 px-1 text-[11px] text-slate-700 dark:bg-slate-700 dark:text-slate-200" title={t(`lists.knownHint.${known}`)}>
              {t(`lists.known.${known}`)}
            </span>
          )}
        </span>
        {role && <span className="block truncate text-xs text-slate-500">{role}</span>}
      </label>
    </li>
  );
}
