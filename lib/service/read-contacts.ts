import { getDb } from '../db/database';
import { contactHistory } from '../contacts/history';
import { countByArchived, countByGroup, type ArchivedScope } from '../contacts/counts';
import { refusalBeforeSave } from '../contacts/precheck';
import { tagCount } from '../contacts/tags';
import { quickSearch } from '../popup/search';
import type { Plan } from '../model';

/**
 * Reads of contacts for the pages' hooks (components/hooks): the database is
 * opened here, in lib/, never in a component (a lint rule says so).
 */
export const contactById = (id: number) => getDb().contacts.get(id);
export const contactsWithEmails = (emails: string[]) => getDb().contacts.where('email').anyOf(emails).toArray();
export const historyOfContact = (contactId: number, limit?: number) => contactHistory(getDb(), contactId, limit);
export const searchContacts = (query: string) => quickSearch(getDb(), query);
export const countContacts = (archived: ArchivedScope) => countByArchived(getDb(), archived);
export const countInGroup = async (groupId: number) => (await countByGroup(getDb(), [groupId]))[0];
export const countWithTag = (tag: string) => tagCount(getDb(), tag);
export const refusalOfSave = (rawEmail: string, plan: Plan) => refusalBeforeSave(getDb(), rawEmail, plan);

/** One page of archived contacts, most recently changed first, and how many there are. */
export async function archivedContactsPage(page: number, size: number) {
  const db = getDb();
  const range = db.contacts.where('[archived+updatedAt]').between([1, -Infinity], [1, Infinity]);
  const [total, contacts] = await Promise.all([countByArchived(db, 1), range.reverse().offset(page * size).limit(size).toArray()]);
  return { total, contacts };
}
