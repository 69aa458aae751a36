import type { GmailPerson } from '../../lib/capture/gmail-types';
import type { Contact } from '../../lib/model';
import { useT } from '../i18n';

interface Props {
  person: GmailPerson;
  known?: Contact;
  busy: boolean;
  onSave: () => void;
}

/** One person of the thread; every value comes from the page, so it is rendered as text only. */
export function PersonRow({ person, known, busy, onSave }: Props) {
  const t = useT();
  const display = [person.firstName, person.lastName].filter(Boolean).join(' ') || person.name || person.email;
  const details = [person.title, person.company].filter(Boolean).join(' · ');
  return (
    <li className="flex items-start gap-2 py-2" data-testid="gmail-person" data-email={person.email}>
      <div className="min-w-0 flex-1 text-sm">
        <p className="truncate font-medium">{display}</p>
        {display !== person.email && <p className="truncate text-xs text-slate-500 dark:text-slate-400">{person.email}</p>}
        {details && <p className="truncate text-xs text-slate-600 dark:text-slate-300">{details}</p>}
        {person.phone && <p className="text-xs text-slate-600 dark:text-slate-300">{person.phone}</p>}
        <p className="mt-0.5 flex flex-wrap gap-1 text-[11px]">
          {person.roleAddress && (
            <span title={t('gmail.roleAddressHint')} className="rounded bg-slate-100 px-1.5 text-slate-700 dark:bg-slate-800 dark:text-slate-300">
              {t('gmail.roleAddress')}
            </span>
          )}
          {known && (
            <span data-testid="gmail-known" className="rounded bg-indigo-50 px-1.5 text-indigo-800 dark:bg-indigo-900/40 dark:text-indigo-200">
              {t('gmail.known')} · {t(`status.${known.status}`)}
            </span>
          )}
        </p>
      </div>
      <button
        type="button"
        onClick={onSave}
        disabled={busy}
        aria-label={t('gmail.saveNamed', { name: display })}
        className="shrink-0 rounded border border-indigo-600 px-2 py-0.5 text-xs font-medium text-indigo-700 hover:bg-indigo-50 disabled:opacity-50 dark:border-indigo-400 dark:text-indigo-300 dark:hover:bg-indigo-900/30"
      >
        {known ? t('gmail.saved') + ' ✓' : t('gmail.save')}
      </button>
    </li>
  );
}
