import Dexie, { type ObservabilitySet } from 'dexie';
import { DB_NAME, getDb } from '../db/database';
import { queryContacts, type ContactFilter, type ContactSort } from '../contacts/query';

/** The manager table's reads (its own module: the popup's first paint needs no query planner). */
export const findContacts = (filter: ContactFilter, sort: ContactSort) => queryContacts(getDb(), filter, sort);

/**
 * Call `onChange` whenever contacts change in any context of the extension
 * (this page, another tab, the worker), through Dexie's cross-context
 * "storagemutated" event; returns the unsubscribe.
 */
export function watchContacts(onChange: () => void): () => void {
  const prefix = `idb://${DB_NAME}/contacts/`;
  const listener = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => part === 'all' || part.startsWith(prefix))) onChange();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}
