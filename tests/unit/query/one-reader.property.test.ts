import fc from 'fast-check';
import { groupOf } from '../helpers/segment-arbs';
import { describe, expect, it } from 'vitest';
import { loadColumnPage, loadCounts, type BoardFilter } from '../../../lib/board/query';
import { compareForSort, queryContacts, SORT_FIELDS, type ContactFilter, type ContactSort } from '../../../lib/contacts/query';
import { getDb } from '../../../lib/db/database';
import { searchWordsOf } from '../../../lib/db/search-words';
import { STAGES, STATUSES, type Contact } from '../../../lib/model';
import { quickSearch } from '../../../lib/popup/search';
import { matchesSegment } from '../../../lib/segments/match';
import { countSegment } from '../../../lib/segments/query';
import { readSegment, type ReadOptions } from '../../../lib/segments/reader';
import type { Condition, Segment } from '../../../lib/segments/schema';
import { contact } from '../segments/contacts';
import { matchesBoardFilter, matchesContactFilter } from './oracle';

/**
 * The one reader (lib/segments/reader.ts and its planner) against a full
 * scan: random small bases × random manager filters, board filters and
 * segments, each answered through every strategy (small sets read in memory,
 * large ones walked on the sort index, broad search words from the counters).
 */

const SEED = 15_2026;
// Few values, so that filters, words and ties in the sort keys often meet.
const FIRST = ['Élodie', 'Elo', 'Ana', 'Anaïs', 'Marc', 'Zoé', undefined];
const LAST = ['Lefèvre', 'Le Fort', 'Martin', 'Dupont', undefined];
const COMPANIES = ['Acme', 'Acmé Énergie', 'Öko GmbH', 'Zeta', undefined];
const TAGS = ['vip', 'salon', 'Cold', 'é'];
const WORDS = ['a', 'an', 'ana', 'e', 'el', 'élo', 'LEF', 'le', 'm', 'mar', 'acme', 'oko', 'zeta', 'c1@x', 'x.com', 'z', 'q'];
const DAY = 86_400_000;
const T0 = 1_700_000_000_000;

const optional = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const rowArb = fc.record({
  firstName: fc.constantFrom(...FIRST),
  lastName: fc.constantFrom(...LAST),
  company: fc.constantFrom(...COMPANIES),
  tags: fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 3 }),
  groupIds: fc.uniqueArray(fc.integer({ min: 1, max: 3 }), { maxLength: 2 }),
  stage: fc.constantFrom(...STAGES),
  status: fc.constantFrom(...STATUSES),
  archived: fc.constantFrom<0 | 1>(0, 0, 0, 1),
  createdAt: fc.integer({ min: 0, max: 5 }),
  updatedAt: fc.integer({ min: 0, max: 5 }),
  lastActivityAt: fc.integer({ min: 0, max: 5 }),
  budget: optional(fc.constantFrom<string | number | boolean>(3, 10, '7', '', true)),
});
type Row = typeof rowArb extends fc.Arbitrary<infer T> ? T : never;

function toContact(row: Row, index: number): Contact {
  const { budget, createdAt, updatedAt, lastActivityAt, ...rest } = row;
  const base = contact({
    ...rest,
    // Ids 1,237 apart: a large base spreads over several bitmap containers (65,536 ids each).
    id: 1 + index * 1_237,
    email: `c${index}@x${index % 3}.com`,
    title: undefined,
    customFields: budget === undefined ? {} : { budget },
    createdAt: T0 + createdAt * DAY,
    updatedAt: T0 + updatedAt * DAY,
    lastActivityAt: T0 + lastActivityAt * DAY,
  });
  for (const key of ['firstName', 'lastName', 'company'] as const) if (base[key] === undefined) delete base[key];
  return { ...base, searchWords: searchWordsOf(base) };
}

/** Up to 300 contacts, mostly few (where the in-memory strategy runs), sometimes many. */
const baseArb = fc.oneof({ weight: 1, arbitrary: fc.array(rowArb, { maxLength: 40 }) }, { weight: 1, arbitrary: fc.array(rowArb, { minLength: 150, maxLength: 300 }) });

const searchArb = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS)).map(([a, b]) => `${a} ${b}`) },
  { weight: 1, arbitrary: fc.constantFrom('  ', '!!', 'c0@x0.com', 'ANA le') },
);
const sortArb: fc.Arbitrary<ContactSort> = fc.record({ field: fc.constantFrom(...SORT_FIELDS), direction: fc.constantFrom<'asc' | 'desc'>('asc', 'desc') });

const conditionArb: fc.Arbitrary<Condition> = fc.oneof(
  fc.constantFrom(...WORDS).map((value): Condition => ({ type: 'condition', field: 'search', op: 'startsWith', value })),
  fc.constantFrom(...TAGS).map((value): Condition => ({ type: 'condition', field: 'tag', op: 'equals', value })),
  fc.integer({ min: 1, max: 3 }).map((value): Condition => ({ type: 'condition', field: 'group', op: 'equals', value })),
  fc.constantFrom(...STAGES).map((value): Condition => ({ type: 'condition', field: 'stage', op: 'equals', value })),
  fc.uniqueArray(fc.constantFrom(...STATUSES), { minLength: 1, maxLength: 3 }).map((value): Condition => ({ type: 'condition', field: 'status', op: 'in', value })),
  fc.boolean().map((value): Condition => ({ type: 'condition', field: 'archived', op: 'equals', value })),
  fc.integer({ min: 0, max: 5 }).map((n): Condition => ({ type: 'condition', field: 'updatedAt', op: 'gt', value: T0 + n * DAY })),
  fc.constantFrom('acme', 'ok').map((value): Condition => ({ type: 'condition', field: 'company', op: 'contains', value })),
  fc.constantFrom(3, 7).map((value): Condition => ({ type: 'condition', field: 'custom:budget', op: 'gt', value })),
);
const groupArb = groupOf(conditionArb);

/** A saved segment the filters may name (or a missing one: nothing matches). */
const savedArb = fc.option(groupArb(2), { nil: undefined });

/** Every dimension of the manager's filter, of which a few are kept (the search one time in two): sparse filters reach every strategy. */
const managerFilterArb: fc.Arbitrary<ContactFilter> = fc
  .tuple(
    fc.record({
      search: searchArb,
      tags: fc.uniqueArray(fc.constantFrom(...TAGS, 'none'), { minLength: 1, maxLength: 2 }),
      groupIds: fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 2 }),
      statuses: fc.uniqueArray(fc.constantFrom(...STATUSES), { minLength: 1, maxLength: 2 }),
      stages: fc.uniqueArray(fc.constantFrom(...STAGES), { minLength: 1, maxLength: 2 }),
      updatedBetween: fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })).map(([a, b]): [number, number] => [T0 + a * DAY, T0 + b * DAY]),
    }),
    fc.subarray(['tags', 'groupIds', 'statuses', 'stages', 'updatedBetween'] as const, { maxLength: 2 }),
    fc.boolean(),
    fc.constantFrom<0 | 1 | 'all' | undefined>(undefined, 0, 1, 'all'),
  )
  .map(([values, kept, searching, archived]) => {
    const filter: ContactFilter = Object.fromEntries(kept.map((key) => [key, values[key]]));
    if (searching) filter.search = values.search;
    if (archived !== undefined) filter.archived = archived;
    return filter;
  });

const boardFilterArb: fc.Arbitrary<BoardFilter> = fc.record(
  { tag: fc.constantFrom(...TAGS, 'none'), groupId: fc.integer({ min: 1, max: 4 }) },
  { requiredKeys: [] },
);

async function fill(rows: Row[]): Promise<Contact[]> {
  const db = getDb();
  await db.transaction('rw', db.contacts, db.counters, db.segments, async () => {
    await Promise.all([db.contacts.clear(), db.counters.clear(), db.segments.clear()]);
  });
  const contacts = rows.map(toContact);
  await db.contacts.bulkAdd(contacts);
  // Read back: the stored rows carry the derived sort keys.
  return db.contacts.toArray();
}

/** Saves the segment when there is one; its id, or a missing id. */
async function save(segment: Segment | undefined): Promise<number> {
  if (!segment) return 999;
  return getDb().segments.add({ name: 's', criteria: segment, createdAt: 1, updatedAt: 1 } as never) as Promise<number>;
}

function sorted(contacts: Contact[], sort: ContactSort): number[] {
  const ids = [...contacts].sort(compareForSort(sort.field)).map((c) => c.id);
  return sort.direction === 'desc' ? ids.reverse() : ids;
}

/**
 * Every strategy: read in memory (large smallSet), keys only (0), and in
 * between; newest or oldest first, the day walk over the bitmaps of last
 * updates (every set, not only those over 200), with days too big to read
 * (the index reads take over), and the index reads alone.
 */
const STRATEGIES: ReadOptions[] = [{ smallSet: 0 }, { smallSet: 7 }, { smallSet: 10_000 }, { smallSet: 7, readAll: 0, dayShare: 1 }, { smallSet: 7, readAll: 0, dayShare: 1, bigDay: 3 }, { smallSet: 7, days: false }];

async function expectSame(open: (strategy: ReadOptions) => Promise<Awaited<ReturnType<typeof readSegment>>>, expected: number[], offset: number) {
  for (const strategy of STRATEGIES) {
    const result = await open(strategy);
    expect((await result.page(0, 5)).map((c) => c.id)).toEqual(expected.slice(0, 5));
    expect(await result.total()).toBe(expected.length);
    expect(await result.ids()).toEqual(expected);
    expect((await result.page(offset, 4)).map((c) => c.id)).toEqual(expected.slice(offset, offset + 4));
  }
}

describe('the one reader agrees with a full scan', () => {
  const offsetArb = fc.nat({ max: 30 });

  it('on the manager’s filters, sorts and pages', async () => {
    await fc.assert(
      fc.asyncProperty(baseArb, managerFilterArb, fc.constantFrom(false, false, true), savedArb, sortArb, offsetArb, async (rows, filter, withSegment, saved, sort, offset) => {
        const all = await fill(rows);
        const segmentId = withSegment ? await save(saved) : undefined;
        const full: ContactFilter = { ...filter, segmentId };
        const inSegment = saved ? (c: Contact) => matchesSegment(c, saved) : null;
        const expected = sorted(all.filter((c) => matchesContactFilter(c, full, inSegment)), sort);
        await expectSame((strategy) => queryContacts(getDb(), full, sort, strategy), expected, offset);
      }),
      { seed: SEED, numRuns: 45 },
    );
  });

  it('on the manager’s search alone, where short words many contacts share are walked on the sort index', async () => {
    const bigBaseArb = fc.array(rowArb, { minLength: 100, maxLength: 300 });
    const archivedArb = fc.constantFrom<0 | 1 | 'all' | undefined>(undefined, undefined, 1, 'all');
    await fc.assert(
      fc.asyncProperty(bigBaseArb, searchArb, archivedArb, sortArb, offsetArb, async (rows, search, archived, sort, offset) => {
        const all = await fill(rows);
        const filter: ContactFilter = archived === undefined ? { search } : { search, archived };
        const expected = sorted(all.filter((c) => matchesContactFilter(c, filter)), sort);
        await expectSame((strategy) => queryContacts(getDb(), filter, sort, strategy), expected, offset);
      }),
      { seed: SEED, numRuns: 30 },
    );
  });

  it('on longer words by last update, which the bitmaps only bound and their keys make exact', async () => {
    const bigBaseArb = fc.array(rowArb, { minLength: 100, maxLength: 300 });
    const longer = fc.constantFrom('ana', 'anaï', 'élo', 'élod', 'LEF', 'lefè', 'mar', 'marti', 'dup', 'acme', 'oko', 'zeta', 'c1@x', 'x.com');
    const twoLetters = fc.constantFrom('an', 'el', 'le', 'ma', 'ac', 'du', 'ze');
    const wordsArb = fc.oneof(longer, fc.tuple(longer, fc.oneof(longer, twoLetters)).map(([a, b]) => `${a} ${b}`));
    const archivedArb = fc.constantFrom<0 | 1 | 'all' | undefined>(undefined, undefined, 1, 'all');
    const directionArb = fc.constantFrom<'asc' | 'desc'>('asc', 'desc');
    await fc.assert(
      fc.asyncProperty(bigBaseArb, wordsArb, archivedArb, directionArb, offsetArb, async (rows, search, archived, direction, offset) => {
        const all = await fill(rows);
        const filter: ContactFilter = archived === undefined ? { search } : { search, archived };
        const sort: ContactSort = { field: 'updatedAt', direction };
        const expected = sorted(all.filter((c) => matchesContactFilter(c, filter)), sort);
        await expectSame((strategy) => queryContacts(getDb(), filter, sort, strategy), expected, offset);
      }),
      { seed: SEED, numRuns: 25 },
    );
  });

  it('on segments with search text, in every sort', async () => {
    await fc.assert(
      fc.asyncProperty(baseArb, groupArb(3), sortArb, offsetArb, async (rows, segment, sort, offset) => {
        const all = await fill(rows);
        const expected = sorted(all.filter((c) => matchesSegment(c, segment)), sort);
        await expectSame((strategy) => readSegment(getDb(), segment, sort, { ...strategy, chunk: 16 }), expected, offset);
        // Tiny walk steps: the prefix grows several times, and past 40 contacts a cursor takes over.
        await expectSame((strategy) => readSegment(getDb(), segment, sort, { ...strategy, chunk: 16, walk: { min: 2, maxRows: 40 } }), expected, offset);
        expect(await countSegment(getDb(), segment, 16)).toBe(expected.length);
      }),
      { seed: SEED, numRuns: 45 },
    );
  });

  it('on the board’s filters: each column’s newest cards and every count', async () => {
    await fc.assert(
      fc.asyncProperty(baseArb, boardFilterArb, fc.boolean(), savedArb, fc.integer({ min: 1, max: 30 }), async (rows, filter, withSegment, saved, limit) => {
        const all = await fill(rows);
        const full: BoardFilter = { ...filter, segmentId: withSegment ? await save(saved) : undefined };
        if (full.segmentId === undefined) delete full.segmentId;
        const inSegment = saved ? (c: Contact) => matchesSegment(c, saved) : null;
        const newest: ContactSort = { field: 'updatedAt', direction: 'desc' };
        const counts = await loadCounts(getDb(), full);
        for (const stage of STAGES) {
          const expected = sorted(all.filter((c) => c.stage === stage && matchesBoardFilter(c, full, inSegment)), newest);
          expect((await loadColumnPage(getDb(), stage, full, limit)).map((c) => c.id)).toEqual(expected.slice(0, limit));
          expect(counts[stage]).toBe(expected.length);
        }
      }),
      { seed: SEED, numRuns: 30 },
    );
  });

  it('on the popup’s quick search: live contacts first, newest first', async () => {
    await fc.assert(
      fc.asyncProperty(baseArb, searchArb, fc.integer({ min: 1, max: 12 }), async (rows, query, limit) => {
        const all = await fill(rows);
        const newest: ContactSort = { field: 'updatedAt', direction: 'desc' };
        const hits = (archived: 0 | 1) => sorted(all.filter((c) => matchesContactFilter(c, { search: query, archived })), newest);
        const expected = query.trim() && /[\p{L}\p{N}]/u.test(query) ? [...hits(0), ...hits(1)].slice(0, limit) : [];
        expect((await quickSearch(getDb(), query, limit)).map((c) => c.id)).toEqual(expected);
      }),
      { seed: SEED, numRuns: 30 },
    );
  });
});
