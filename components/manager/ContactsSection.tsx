import { RecentContacts } from '../capture/RecentContacts';

/** The contacts list (the full virtualized table replaces this). */
export function ContactsSection() {
  return <RecentContacts limit={50} />;
}
