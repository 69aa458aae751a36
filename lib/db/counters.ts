import type { Table } from 'dexie';

/**
 * Maintained counts of contacts, kept in the `counters` table by a Dexie
 * middleware in the same transaction as every contact write.
 *
 * Why: an IndexedDB count() walks its whole index (about 0.2 s for 100,000
 * contacts), and the popup, the board and the manager each show counts that
 * re-run after every capture. A counter row is one read.
 *
 * Every write path (capture, edit, bulk actions, import, archive, restore,
 * clear) goes through Dexie's mutate, where counters-middleware.ts applies
 * the change, so none of them has to remember this.
 */
export interface CounterRow {
  key: string;
  n: number;
}

/** What a contact contributes to the counters: one key per counted fact. */
export interface Countable {
  archived?: number;
  stage?: string;
  status?: string;
  tags?: readonly string[];
  groupIds?: readonly number[];
  searchWords?: readonly string[];
  /** A live contact's next step due time (./due-key.ts). */
  nextDueAt?: number;
  updatedAt?: number;
}

export const DAY_MS = 86_400_000;
/** The UTC day number of a time. */
export const dayOf = (at: number) => Math.floor(at / DAY_MS);
/** Next steps are counted per due day. */
export const dueDayOf = dayOf;

/**
 * Search prefixes counted: a one- or two-letter search matches a large part
 * of the base, and reading its index keys just to count them took seconds.
 */
export const COUNTED_PREFIX_LENGTH = 2;

export const counterKey = {
  /** Contacts with this archived flag (0 live, 1 archived). */
  archived: (archived: number) => `archived:${archived}`,
  stage: (stage: string, archived: number) => `stage:${stage}:${archived}`,
  status: (status: string, archived: number) => `status:${status}:${archived}`,
  /** Every contact with the tag (live and archived), as the tags index holds them. */
  tag: (tag: string) => `tag:${tag}`,
  group: (groupId: number) => `group:${groupId}`,
  /** Contacts with a search word starting with `prefix` (at most COUNTED_PREFIX_LENGTH characters). */
  prefix: (prefix: string, archived: number) => `prefix:${archived}:${prefix}`,
  /**
   * Live next steps due on this UTC day (zero-padded: keys sort by day). The overdue
   * count sums the days before today and counts only today's on the index.
   */
  dueDay: (day: number) => `due:${String(day).padStart(7, '0')}`,
  /**
   * Contacts with this flag last updated on this UTC day (zero-padded: facts sort by day).
   * A bitmap only, no counter: the manager's newest-first pages of a search read it day by day.
   */
  updatedDay: (day: number, archived: number) => `updated:${archived}:${String(Math.max(0, day)).padStart(7, '0')}`,
};

/** Archived flag, stage and status (per flag), tags and groups: counted, and kept as bitmaps. */
function enumeratedKeys(contact: Countable): string[] {
  const archived = contact.archived ?? 0;
  const keys = [counterKey.archived(archived)];
  if (contact.stage) keys.push(counterKey.stage(contact.stage, archived));
  if (contact.status) keys.push(counterKey.status(contact.status, archived));
  for (const tag of new Set(contact.tags ?? [])) keys.push(counterKey.tag(tag));
  for (const id of new Set(contact.groupIds ?? [])) keys.push(counterKey.group(id));
  return keys;
}

/** The length of the search prefixes kept as facts. */
export const FACT_PREFIX_LENGTH = COUNTED_PREFIX_LENGTH;

/**
 * The prefixes of a contact's search words from `shortest` letters up to
 * COUNTED_PREFIX_LENGTH, once each (like a multi-entry index). Facts keep
 * two letters only: a one-letter prefix holds a fifth of the base, a walk of
 * the sort index finds its first page at once, its count is a counter, and
 * its 8 KB bitmaps rewritten on every capture would cost more than they save.
 */
function prefixKeys(contact: Countable, shortest: number): string[] {
  const archived = contact.archived ?? 0;
  const prefixes = new Set<string>();
  for (const word of contact.searchWords ?? []) {
    for (let length = shortest; length <= Math.min(COUNTED_PREFIX_LENGTH, word.length); length++) prefixes.add(word.slice(0, length));
  }
  return [...prefixes].map((prefix) => counterKey.prefix(prefix, archived));
}

/**
 * The facts of a contact kept as bitmaps of ids (lib/db/facts.ts): the
 * enumerated ones, its two-letter search prefixes (a search's candidates
 * without reading a key per contact) and its day of last update (the newest
 * of them, read day by day). About 12 per contact; due days are not kept.
 */
export function factKeys(contact: Countable): string[] {
  const keys = [...enumeratedKeys(contact), ...prefixKeys(contact, FACT_PREFIX_LENGTH)];
  if (contact.updatedAt !== undefined) keys.push(counterKey.updatedDay(dayOf(contact.updatedAt), contact.archived ?? 0));
  return keys;
}

/** The counter keys a contact adds one to (tags, groups and prefixes once each, like a multi-entry index). */
export function countedKeys(contact: Countable): string[] {
  const keys = [...enumeratedKeys(contact), ...prefixKeys(contact, 1)];
  if (contact.nextDueAt !== undefined) keys.push(counterKey.dueDay(dueDayOf(contact.nextDueAt)));
  return keys;
}

/** Add (sign 1) or take away (sign -1) what one contact contributes. */
export function tally(delta: Map<string, number>, contact: Countable | undefined, sign: 1 | -1): void {
  if (!contact) return;
  for (const key of countedKeys(contact)) delta.set(key, (delta.get(key) ?? 0) + sign);
}

/** Net change of each counter when `before` rows become `after` rows (undefined: absent). */
export function countDelta(changes: Iterable<[before: Countable | undefined, after: Countable | undefined]>): Map<string, number> {
  const delta = new Map<string, number>();
  for (const [before, after] of changes) {
    tally(delta, before, -1);
    tally(delta, after, 1);
  }
  for (const [key, n] of delta) if (n === 0) delta.delete(key);
  return delta;
}

/** Counter rows from a tally of every contact. */
export function counterRows(counts: Map<string, number>): CounterRow[] {
  return [...counts].filter(([, n]) => n > 0).map(([key, n]) => ({ key, n }));
}

/**
 * Count every contact again and replace the counters, inside the caller's
 * transaction (both tables in it): the version 5 upgrade, before the facts
 * table existed (later, lib/db/rebuild.ts rebuilds both).
 */
export async function recountInto(contacts: Table, counters: Table<CounterRow, string>): Promise<void> {
  const counts = new Map<string, number>();
  await contacts.each((contact: Countable) => tally(counts, contact, 1));
  await counters.clear();
  await counters.bulkPut(counterRows(counts));
}
