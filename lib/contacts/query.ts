import Dexie, { type IndexableType } from 'dexie';
import type { FluenzrDatabase } from '../db/database';
import { queryWords } from '../db/search-words';
import type { Contact } from '../model';
import { segmentFilter } from '../segments/filter';
import { dueRange } from '../notes/due';
import { dueIndexResult } from '../notes/due-query';
import { countByArchived, countByPrefix, countIndexKeys } from './counts';
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
  /**
   * The exact count. Counting a whole index is linear in IndexedDB, so on
   * plain views it may resolve after the first page: show rows first.
   */
  total(): Promise<number>;
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

type Dimension = { estimate: () => Promise<number>; keys: Keys };

/** The saved segment's ids (keys only); an unknown or unreadable segment matches nothing. */
async function segmentIds(db: FluenzrDatabase, segmentId: number): Promise<Set<number>> {
  const segment = await segmentFilter(db, segmentId);
  return segment ? segment.ids() : new Set();
}

/** A dimension over index entries: sized from the maintained counters when they cover it, else by an index count. */
function indexDimension(db: FluenzrDatabase, index: string, keys: IndexableType[]): Dimension {
  const parts = () => keys.map((key) => db.contacts.where(index).equals(key));
  return {
    estimate: async () =>
      (await countIndexKeys(db, index, keys)) ?? (await Promise.all(parts().map((part) => part.count()))).reduce((a, b) => a + b, 0),
    keys: async () => (await Promise.all(parts().map((part) => part.primaryKeys()))).flat() as number[],
  };
}

/** One index lookup per dimension: its size estimate and its keys. */
function dimensions(db: FluenzrDatabase, filter: ContactFilter, words: string[]): Dimension[] {
  const table = db.contacts;
  const dims: Dimension[] = [];
  const archived = filter.archived ?? 0;
  const longestFirst = [...words].sort((a, b) => b.length - a.length);
  for (const word of longestFirst) {
    const matching = () => table.where('searchWords').startsWith(word);
    dims.push({ estimate: () => matching().count(), keys: async () => (await matching().primaryKeys()) as number[] });
  }
  if (filter.updatedBetween) {
    const [from, to] = filter.updatedBetween;
    const touched = () => table.where('updatedAt').between(from, to, true, true);
    dims.push({ estimate: () => touched().count(), keys: async () => (await touched().primaryKeys()) as number[] });
  }
  if (filter.due) {
    // Only live contacts have a nextDueAt (lib/db/due-key.ts): the index holds the next steps alone.
    const [from, to] = dueRange(filter.due);
    const due = () => table.where('nextDueAt').between(from, to, true, false);
    dims.push({ estimate: () => due().count(), keys: async () => (await due().primaryKeys()) as number[] });
  }
  if (filter.tags?.length) dims.push(indexDimension(db, 'tags', filter.tags));
  if (filter.groupIds?.length) dims.push(indexDimension(db, 'groupIds', filter.groupIds));
  for (const [field, values] of [['stage', filter.stages], ['status', filter.statuses]] as const) {
    if (!values?.length) continue;
    dims.push(archived === 'all' ? indexDimension(db, field, values) : indexDimension(db, `[archived+${field}]`, values.map((value) => [archived, value])));
  }
  return dims;
}

function plainResult(db: FluenzrDatabase, filter: ContactFilter, sort: ContactSort): ContactResult {
  const table = db.contacts;
  return {
    // The maintained counters: no index walk.
    total: () => countByArchived(db, filter.archived ?? 0),
    page: (offset, limit) => {
      const range = sortedRange(table, filter, sort);
      return (sort.direction === 'desc' ? range.reverse() : range).offset(offset).limit(limit).toArray();
    },
    ids: () => sortedIds(table, filter, sort),
  };
}

function idResult(table: Table, ids: number[]): ContactResult {
  return {
    total: async () => ids.length,
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
  const dims = dimensions(db, filter, words);
  // The segment is one more dimension: its id set, resolved by lib/segments' own indexed query.
  const inSegment = filter.segmentId ? await segmentIds(db, filter.segmentId) : undefined;
  if (inSegment) dims.push({ estimate: async () => inSegment.size, keys: async () => [...inSegment] });
  if (!dims.length) return plainResult(db, filter, sort);
  // A due filter alone pages on its own index, soonest due first (lib/notes/due-query.ts).
  if (filter.due && dims.length === 1) return dueIndexResult(db, filter.due, filter.archived ?? 0);
  if (dims.length === 1 && words.length === 1) {
    const broad = await broadWordResult(db, filter, sort, words[0]!, smallSet);
    if (broad) return broad;
  }

  // Index counts are linear too: only estimate when there is a choice to make.
  // A search word (the longest first, see dimensions()) is the usual best driver.
  const estimates = dims.length > 1 && !words.length ? await Promise.all(dims.map((dim) => dim.estimate())) : dims.map((_, i) => i);
  const order = dims.map((dim, i) => ({ dim, size: estimates[i]! })).sort((a, b) => a.size - b.size);
  const driver = new Set(await order[0]!.dim.keys());

  // Few candidates: read them, apply every other condition, sort like the index would.
  const inMemory = async (candidates: Set<number>) => {
    const rows = (await table.bulkGet([...candidates])).filter((c): c is Contact => !!c && matchesFilter(c, filter, words, inSegment));
    rows.sort(compareForSort(sort.field));
    const ids = rows.map((c) => c.id);
    return idResult(table, sort.direction === 'desc' ? ids.reverse() : ids);
  };
  if (driver.size <= smallSet) return inMemory(driver);
  // Many candidates: intersect key sets only, then keep the sort index's order.
  let matching = driver;
  for (const { dim } of order.slice(1)) {
    const other = new Set(await dim.keys());
    matching = new Set([...matching].filter((id) => other.has(id)));
    if (!matching.size) break;
  }
  // Two broad words can still meet on few contacts: then they are read and sorted like a small set.
  if (matching.size <= smallSet) return inMemory(matching);
  const inView = await restrictArchived(table, filter, matching);
  return walkingResult(table, filter, sort, inView.size, (contact) => inView.has(contact.id), async () => inView);
}

/** Tags, groups and words are indexed without the archived flag: apply it with the (usually few) archived keys. */
async function restrictArchived(table: Table, filter: ContactFilter, matching: Set<number>): Promise<Set<number>> {
  const archived = filter.archived ?? 0;
  if (archived === 'all' || !matching.size) return matching;
  // Only live contacts have a due time: a due filter's keys are all live already.
  if (filter.due && archived === 0) return matching;
  const archivedIds = new Set((await table.where('archived').equals(1).primaryKeys()) as number[]);
  return new Set([...matching].filter((id) => archivedIds.has(id) === (archived === 1)));
}

/**
 * Many matches (`total` of them, a large share of the base): the first page
 * is found by walking the sort index until enough rows pass `test`; the full
 * order (all keys of the sort index, and the matching ids) is only read when
 * the user scrolls past the first page or selects all.
 */
function walkingResult(
  table: Table,
  filter: ContactFilter,
  sort: ContactSort,
  total: number,
  test: (contact: Contact) => boolean,
  matchingIds: () => Promise<Set<number>>,
): ContactResult {
  let ordered: Promise<number[]> | undefined;
  const ids = () =>
    (ordered ??= total ? Promise.all([sortedIds(table, filter, sort), matchingIds()]).then(([all, matching]) => all.filter((id) => matching.has(id))) : Promise.resolve([]));
  return {
    total: async () => total,
    ids,
    page: async (offset, limit) => {
      if (offset === 0 && !ordered) {
        const range = sortedRange(table, filter, sort);
        return (sort.direction === 'desc' ? range.reverse() : range).filter(test).limit(limit).toArray();
      }
      return idResult(table, await ids()).page(offset, limit);
    },
  };
}

/** A search word shared by at least this share of the contacts in view is walked, not read key by key. */
const BROAD_SHARE = 0.1;

/**
 * One short search word that many contacts share ("m", "du"): its count is
 * kept in the counters, and walking the sort index finds a first page of
 * matches sooner than reading every matching key (seconds on a cold index).
 * Undefined when the word is not counted or not that common.
 */
async function broadWordResult(db: FluenzrDatabase, filter: ContactFilter, sort: ContactSort, word: string, smallSet: number): Promise<ContactResult | undefined> {
  const archived = filter.archived ?? 0;
  const [matches, inView] = await Promise.all([countByPrefix(db, word, archived), countByArchived(db, archived)]);
  if (matches === undefined || matches <= smallSet || matches < BROAD_SHARE * inView) return undefined;
  const keys = async () => new Set((await db.contacts.where('searchWords').startsWith(word).primaryKeys()) as number[]);
  return walkingResult(db.contacts, filter, sort, matches, (contact) => matchesFilter(contact, filter, [word]), keys);
}

export async function countContacts(db: FluenzrDatabase, filter: ContactFilter): Promise<number> {
  return (await queryContacts(db, filter, { field: 'updatedAt', direction: 'desc' })).total();
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
