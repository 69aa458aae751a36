import { getDb } from '../db/database';
import type { Contact, HistoryEntry } from '../model';
import { sameThread } from './thread-key';
import { isAutoStatusEntry } from './undo';

export interface ThreadChange {
  contact: Contact;
  entry: HistoryEntry;
}

/**
 * The automatic status changes this thread made that still stand (the
 * contact's latest status entry, and its status unchanged since): each can
 * be undone. Reads at most one small index range per address.
 */
export async function standingChangesForThread(emails: string[], url: string): Promise<ThreadChange[]> {
  if (!emails.length) return [];
  const db = getDb();
  const contacts = await db.contacts.where('email').anyOf(emails.slice(0, 250)).toArray();
  const changes: ThreadChange[] = [];
  for (const contact of contacts) {
    const entry = await db.history
      .where('[contactId+at]')
      .between([contact.id, -Infinity], [contact.id, Infinity])
      .reverse()
      .filter((h) => h.kind === 'status')
      .first();
    if (entry && isAutoStatusEntry(entry) && sameThread(entry.origin, url) && entry.changes?.status?.[1] === contact.status) {
      changes.push({ contact, entry });
    }
  }
  return changes;
}
