import { displayName } from '../../lib/model';
import { useT } from '../i18n';
import { useRecentContacts } from '../hooks/useContacts';

/** The last contacts saved or changed, live across tabs. */
export function RecentContacts({ limit = 8 }: { limit?: number }) {
  const t = useT();
  const contacts = useRecentContacts(limit);
  return (
    <section aria-labelledby="recent-title">
      <h2 id="recent-title" className="mb-1 text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
        {t('capture.recent')}
      </h2>
      {contacts?.length === 0 && <p className="text-sm text-slate-500 dark:text-slate-400">{t('capture.noRecent')}</p>}
      <ul className="divide-y divide-slate-100 dark:divide-slate-800" data-testid="recent-contacts">
        {contacts?.map((contact) => (
          <li key={contact.id} className="py-1.5 text-sm">
            <span className="font-medium">{displayName(contact)}</span>
            {contact.company && <span className="text-slate-500 dark:text-slate-400"> · {contact.company}</span>}
            <span className="block truncate text-xs text-slate-500 dark:text-slate-400">{contact.email}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
