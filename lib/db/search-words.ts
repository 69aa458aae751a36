import { words } from '../text/fold';
import type { Contact } from '../model';

const MAX_WORDS = 24;

/**
 * Words indexed for prefix search: names, company and the email's parts.
 * Kept short because a multi-entry index grows with it. The whole email is
 * not one of them: a query with an "@" is read on the unique email index
 * (lib/segments/plan.ts). As a word it doubled the entries of every first
 * name ("elodie" and "elodie.dupont@…" for each Élodie), and a search reads
 * every entry of its prefix.
 */
export function searchWordsOf(contact: Pick<Contact, 'firstName' | 'lastName' | 'company' | 'email'>): string[] {
  const set = new Set<string>();
  for (const source of [contact.firstName, contact.lastName, contact.company]) {
    if (source) for (const word of words(source)) set.add(word);
  }
  for (const word of words(contact.email)) set.add(word);
  return [...set].filter((word) => word.length <= 64).slice(0, MAX_WORDS);
}

/** A query word matched against the whole email (on the email index), not against the indexed words. */
export const isEmailWord = (word: string) => word.includes('@');

/** The query split into words; the longest one is used on the index. */
export function queryWords(query: string): string[] {
  const parts = words(query);
  // An email-looking word of the query is matched whole (on the email) as well as by its parts.
  const emails = query.trim().toLowerCase().split(/\s+/).filter(isEmailWord);
  return [...new Set(emails), ...parts];
}
