import Dexie from 'dexie';
import type { FluenzrDatabase } from '../db/database';
import { queryWords } from '../db/search-words';
import type { Contact } from '../model';
import { compareForSort, matchesFilter, normalizeFilter, SORT_INDEX, type ContactFilter, type ContactSort } from './query-model';

export * from './query-model';

/** At most this many candidate rows are read to filter and sort in memory; above, only keys are used. */
export const SMALL_SET = 2000;

/**
 * A resolved query: its exact count, and its rows read page by page. Plain
 * views (no filter but archived) page straight on the sort index; filtered
 * views hold only the ordered ids (keys, never rows) of what matches.
 */
export interface ContactResult {
  total: number;
  page(offset: number, limit: number): Promise<Contact[]>;
  /** Every matching id in order (for "select all matching"). */
  ids(): Promise<number[]>;
}

type Table = FluenzrDatabase['contacts'];
type Keys = () => Promise<number[]>;
type Collection = ReturnType<Table['toCollection']>;

/** The sort index, restricted to live or archived rows when the filter says so. */
function sortedRange(table: Table, filter: ContactFilter, sort: ContactSort): Collection {
  const field = SORT_INDEX[sort.field];
  const archived = filter.archived ?? 0;
  if (archived === 'all') return table.orderBy(field);
  return table.where(`[archived+${field}]`).between([archived, Dexie.minKey], [archived, Dexie.maxKey], true, true);
}

/** Keys in ascending index order (getAllKeys; a reversed cursor is far slower), reversed here if asked. */
async function sortedIds(table: Table, filter: ContactFilter, sort: ContactSort): Promise<number[]> {
  const ids = (await sortedRange(table, filter, sort).primaryKeys()) as number[];
  return sort.direction === 'desc' ? ids.reverse() : ids;
}

/** One index lookup per dimension: its size estimate (an index count) and its keys. */
function dimensions(table: Table, filter: ContactFilter, words: string[]): Array<{ estimate: () => Promise<number>; keys: Keys }> {
  const dims: Array<Collection[]> = [];
  const archived = filter.archived ?? 0;
  for (const word of words) dims.push([table.where('searchWords').startsWith(word)]);
  if (filter.tags?.length) dims.push(filter.tags.map((tag) => table.where('tags').equals(tag)));
  if (filter.groupIds?.length) dims.push(filter.groupIds.map((id) => table.where('groupIds').equals(id)));
  for (const [field, values] of [['stage', filter.stages], ['status', filter.statuses]] as const) {
    if (!values?.length) continue;
    dims.push(
      values.map((value) =>
        archived === 'all' ? table.where(field).equals(value) : table.where(`[archived+${field}]`).equals([archived, value]),
      ),
    );
  }
  return dims.map((parts) => ({
    estimate: async () => (await Promise.all(parts.map((part) => part.count()))).reduce((a, b) => a + b, 0),
    keys: async () => (await Promise.all(parts.map((part) => part.primaryKeys()))).flat() as number[],
  }));
}

function plainResult(table: Table, filter: ContactFilter, sort: ContactSort, total: number): ContactResult {
  return {
    total,
    page: (offset, limit) => {
      const range = sortedRange(table, filter, sort);
      return (sort.direction === 'desc' ? range.reverse() : range).offset(offset).limit(limit).toArray();
    },
    ids: () => sortedIds(table, filter, sort),
  };
}

function idResult(table: Table, ids: number[]): ContactResult {
  return {
    total: ids.length,
    page: async (offset, limit) => (await table.bulkGet(ids.slice(offset, offset + limit))).filter((c): c is Contact => !!c),
    ids: async () => ids,
  };
}

/** Resolve a filter and sort through the indexes, driving from the most selective one. */
export async function queryContacts(
  db: FluenzrDatabase,
  rawFilter: ContactFilter,
  sort: ContactSort,
  smallSet = SMALL_SET,
): Promise<ContactResult> {
  const table = db.contacts;
  const filter = normalizeFilter(rawFilter);
  const words = filter.search ? queryWords(filter.search) : [];
  const dims = dimensions(table, filter, words);
  if (!dims.length) return plainResult(table, filter, sort, await sortedRange(table, filter, sort).count());

  const estimates = await Promise.all(dims.map((dim) => dim.estimate()));
  const order = dims.map((dim, i) => ({ dim, size: estimates[i]! })).sort((a, b) => a.size - b.size);
  const driver = new Set(await order[0]!.dim.keys());

  if (driver.size <= smallSet) {
    // Few candidates: read them, apply every other condition, sort like the index would.
    const rows = (await table.bulkGet([...driver])).filter((c): c is Contact => !!c && matchesFilter(c, filter, words));
    rows.sort(compareForSort(sort.field));
    const ids = rows.map((c) => c.id);
    return idResult(table, sort.direction === 'desc' ? ids.reverse() : ids);
  }
  // Many candidates: intersect key sets only, then keep the sort index's order.
  let matching = driver;
  for (const { dim } of order.slice(1)) {
    const other = new Set(await dim.keys());
    matching = new Set([...matching].filter((id) => other.has(id)));
    if (!matching.size) break;
  }
  const ordered = matching.size ? (await sortedIds(table, filter, sort)).filter((id) => matching.has(id)) : [];
  return idResult(table, ordered);
}

export async function countContacts(db: FluenzrDatabase, filter: ContactFilter): Promise<number> {
  return (await queryContacts(db, filter, { field: 'updatedAt', direction: 'desc' })).total;
}

export async function listContacts(
  db: FluenzrDatabase,
  filter: ContactFilter,
  sort: ContactSort,
  offset: number,
  limit: number,
): Promise<Contact[]> {
  return (await queryContacts(db, filter, sort)).page(offset, limit);
}
