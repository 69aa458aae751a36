import { useEffect } from 'react';
import { displayName, type Contact } from '../../lib/model';
import { useT } from '../i18n';
import { useLate } from '../ui/useLate';
import { StatusBadge } from '../manager/contacts/badges';
import { useContactList } from '../hooks/useContacts';

interface Props {
  query: string;
  onSelect: (id: number) => void;
  /** Fires once the first list is in (the page then starts its slower reads). */
  onLoaded?: () => void;
}

/** Search results while a query is typed, the recent contacts otherwise; both live. */
export function ContactList({ query, onSelect, onLoaded }: Props) {
  const t = useT();
  const searching = query.trim().length > 0;
  const contacts = useContactList(query, searching, 5);
  useEffect(() => {
    if (contacts) onLoaded?.();
  }, [contacts, onLoaded]);
  const title = searching ? t('popup.search.results') : t('popup.recent');
  return (
    <section aria-label={title}>
      <h2 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{title}</h2>
      {contacts?.length === 0 && (
        <p className="text-sm text-slate-500 dark:text-slate-400" data-testid="popup-list-empty">
          {searching ? t('popup.search.none', { query: query.trim() }) : t('popup.recent.empty')}
        </p>
      )}
      {!contacts && <ListSkeleton />}
      <ul className="divide-y divide-slate-100 dark:divide-slate-800" data-testid={searching ? 'search-results' : 'recent-contacts'}>
        {contacts?.map((contact) => (
          <li key={contact.id}>
            <ContactRow contact={contact} onSelect={onSelect} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ContactRow({ contact, onSelect }: { contact: Contact; onSelect: (id: number) => void }) {
  const t = useT();
  const name = displayName(contact);
  return (
    <button
      type="button"
      onClick={() => onSelect(contact.id)}
      aria-label={t('popup.edit.open', { name })}
      className="flex w-full items-center gap-2 rounded px-1 py-1.5 text-left hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:hover:bg-slate-800"
    >
      <span className="min-w-0 flex-1">
        <span className="block truncate text-sm font-medium">
          {name}
          {contact.company && <span className="font-normal text-slate-500 dark:text-slate-400"> · {contact.company}</span>}
        </span>
        <span className="block truncate text-xs text-slate-500 dark:text-slate-400">{contact.email}</span>
      </span>
      <span className="flex shrink-0 flex-col items-end gap-0.5">
        <span className="rounded bg-slate-100 px-1.5 text-[11px] text-slate-700 dark:bg-slate-700 dark:text-slate-200">
          {contact.archived ? t('popup.archived') : t(`stage.${contact.stage}`)}
        </span>
        {/* Any status but Active is worth seeing before one more email goes out. */}
        {contact.status !== 'Active' && <span data-testid="popup-contact-status"><StatusBadge status={contact.status} /></span>}
      </span>
    </button>
  );
}

/** Placeholder rows while the first list is read, so the popup keeps its shape. */
function ListSkeleton() {
  const t = useT();
  if (!useLate()) return null;
  return (
    <div aria-busy="true" data-testid="popup-list-loading">
      <p role="status" className="sr-only">
        {t('common.loading')}
      </p>
      {[0, 1, 2].map((row) => (
        <span key={row} aria-hidden className="my-2 block h-8 animate-pulse rounded bg-slate-100 dark:bg-slate-800" />
      ))}
    </div>
  );
}
