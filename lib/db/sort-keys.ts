import type { Table } from 'dexie';
import { foldText } from '../text/fold';

type SortSource = { firstName?: string; lastName?: string; company?: string; email: string };
export interface SortKeys {
  sortName: string;
  sortCompany: string;
}

const SOURCES = ['firstName', 'lastName', 'company', 'email', 'sortName', 'sortCompany'];

/** Folded keys the manager sorts by. Always strings: IndexedDB skips undefined, and a sort must list every row. */
export function sortKeysOf(contact: SortSource): SortKeys {
  const name = [contact.firstName, contact.lastName].filter(Boolean).join(' ').trim();
  return {
    sortName: foldText(name || contact.email).slice(0, 100),
    sortCompany: foldText(contact.company ?? '').trim().slice(0, 100),
  };
}

/**
 * Keep the sort keys derived on every write (captures, edits, imports, bulk
 * changes) without each writer having to remember them.
 */
export function deriveSortKeys(table: Table): void {
  table.hook('creating', (_key, obj: SortSource) => {
    Object.assign(obj, sortKeysOf(obj));
  });
  table.hook('updating', (mods: object, _key, obj: SortSource) => {
    if (!SOURCES.some((field) => field in mods)) return undefined;
    return sortKeysOf({ ...obj, ...mods } as SortSource);
  });
}
