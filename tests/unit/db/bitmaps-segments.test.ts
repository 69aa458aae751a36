import type { IndexableType } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDb } from '../../../lib/db/database';
import { STAGES, STATUSES, type Contact } from '../../../lib/model';
import { factTreeOf } from '../../../lib/segments/facts';
import { matchesSegment } from '../../../lib/segments/match';
import type { Candidate } from '../../../lib/segments/plan';
import { countSegment, matchingIds, prepareSegment } from '../../../lib/segments/query';
import { resolve } from '../../../lib/segments/resolve';
import type { Condition, Segment } from '../../../lib/segments/schema';
import { groupOf } from '../helpers/segment-arbs';
import { contact } from '../segments/contacts';

const SEED = 80_2026;
const TAGS = ['vip', 'cold', 'salon'];
/** Ids in four containers, some next to a container's edge. */
const ID_POOL = [1, 2, 3, 500, 65_535, 65_536, 65_537, 70_000, 100_000, 131_071, 131_072, 140_000, 196_608, 200_000];

const rowArb = fc.record({
  tags: fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 2 }),
  groupIds: fc.uniqueArray(fc.integer({ min: 1, max: 3 }), { maxLength: 2 }),
  stage: fc.constantFrom(...STAGES.slice(0, 3)),
  status: fc.constantFrom(...STATUSES.slice(0, 3)),
  archived: fc.constantFrom<0 | 1>(0, 0, 1),
  company: fc.constantFrom('Acme', 'Zeta'),
});
const baseArb = fc.uniqueArray(fc.constantFrom(...ID_POOL), { maxLength: ID_POOL.length }).chain((ids) => fc.tuple(fc.constant(ids), fc.array(rowArb, { minLength: ids.length, maxLength: ids.length })));

type Row = typeof rowArb extends fc.Arbitrary<infer T> ? T : never;

async function fill([ids, rows]: [number[], Row[]]): Promise<Contact[]> {
  const db = getDb();
  await db.contacts.clear();
  const contacts = ids.map((id, i) => contact({ ...rows[i]!, id, email: `c${id}@x.com` }));
  await db.contacts.bulkAdd(contacts);
  return contacts.sort((a, b) => a.id - b.id);
}

/** Fact-backed candidates as the planner builds them: keys on the seven indexes, ANDed and ORed. */
const keysArb: fc.Arbitrary<Candidate> = fc.oneof(
  fc.uniqueArray(fc.constantFrom(...TAGS, 'none'), { maxLength: 2 }).map((keys): Candidate => ({ kind: 'keys', index: 'tags', keys })),
  fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { maxLength: 2 }).map((keys): Candidate => ({ kind: 'keys', index: 'groupIds', keys })),
  fc.uniqueArray(fc.constantFrom(...STATUSES.slice(0, 3)), { minLength: 1, maxLength: 2 }).map((keys): Candidate => ({ kind: 'keys', index: 'status', keys })),
  fc.uniqueArray(fc.constantFrom(...STAGES.slice(0, 3)), { minLength: 1, maxLength: 2 }).map((keys): Candidate => ({ kind: 'keys', index: 'stage', keys })),
  fc.uniqueArray(fc.constantFrom(0, 1), { minLength: 1, maxLength: 2 }).map((keys): Candidate => ({ kind: 'keys', index: 'archived', keys })),
  fc
    .tuple(fc.constantFrom('status', 'stage'), fc.constantFrom(0, 1))
    .chain(([field, flag]) =>
      fc.uniqueArray(fc.constantFrom(...(field === 'status' ? STATUSES : STAGES).slice(0, 3)), { minLength: 1, maxLength: 2 }).map(
        (values): Candidate => ({ kind: 'keys', index: `[archived+${field}]`, keys: values.map((v) => [flag, v] as IndexableType) }),
      ),
    ),
);
const candidateArb: fc.Arbitrary<Candidate> = fc.letrec<{ tree: Candidate }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    keysArb,
    fc.record({ kind: fc.constantFrom<'and' | 'or'>('and', 'or'), parts: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }) }),
  ),
})).tree;

/** What the indexes say, read key by key and combined as sets: the path the bitmaps replace. */
async function fromIndexes(candidate: Candidate): Promise<Set<number>> {
  const db = getDb();
  if (candidate.kind === 'keys') {
    const lists = await Promise.all(candidate.keys.map((key) => db.contacts.where(candidate.index).equals(key).primaryKeys()));
    return new Set(lists.flat() as number[]);
  }
  if (candidate.kind !== 'and' && candidate.kind !== 'or') throw new Error('not a fact candidate');
  const parts = await Promise.all(candidate.parts.map(fromIndexes));
  if (candidate.kind === 'or') return new Set(parts.flatMap((part) => [...part]));
  return new Set([...parts[0]!].filter((id) => parts.every((part) => part.has(id))));
}

const sorted = (ids: Iterable<number>) => [...ids].sort((a, b) => a - b);

describe('segments on the fact bitmaps', () => {
  it('resolve fact candidates to exactly the ids the indexes give', async () => {
    await fc.assert(
      fc.asyncProperty(baseArb, candidateArb, async (base, candidate) => {
        await fill(base);
        expect(factTreeOf(candidate)).toBeDefined();
        const resolved = await resolve(getDb(), candidate);
        expect(resolved.complete).toBe(true);
        expect(sorted(resolved.ids)).toEqual(sorted(await fromIndexes(candidate)));
      }),
      { seed: SEED, numRuns: 120 },
    );
  });

  // Fact conditions mostly; a company condition or a negated group sometimes, where the bitmaps narrow and contacts are checked.
  const conditionArb: fc.Arbitrary<Condition> = fc.oneof(
    { weight: 3, arbitrary: fc.uniqueArray(fc.constantFrom(...TAGS, 'none'), { minLength: 1, maxLength: 2 }).map((value): Condition => ({ type: 'condition', field: 'tag', op: 'in', value })) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max: 4 }).map((value): Condition => ({ type: 'condition', field: 'group', op: 'equals', value })) },
    { weight: 3, arbitrary: fc.uniqueArray(fc.constantFrom(...STATUSES.slice(0, 3)), { minLength: 1, maxLength: 2 }).map((value): Condition => ({ type: 'condition', field: 'status', op: 'in', value })) },
    { weight: 2, arbitrary: fc.constantFrom(...STAGES.slice(0, 3)).map((value): Condition => ({ type: 'condition', field: 'stage', op: 'equals', value })) },
    { weight: 2, arbitrary: fc.boolean().map((value): Condition => ({ type: 'condition', field: 'archived', op: 'equals', value })) },
    { weight: 1, arbitrary: fc.constantFrom('acme', 'zeta').map((value): Condition => ({ type: 'condition', field: 'company', op: 'contains', value })) },
  );

  it('count, list and prepare like a full scan, across containers', async () => {
    await fc.assert(
      fc.asyncProperty(baseArb, groupOf(conditionArb)(3), async (base, segment: Segment) => {
        const all = await fill(base);
        const expected = all.filter((c) => matchesSegment(c, segment)).map((c) => c.id);
        expect(await countSegment(getDb(), segment, 3)).toBe(expected.length);
        expect(sorted(await matchingIds(getDb(), segment, 3))).toEqual(expected);
        const prepared = await prepareSegment(getDb(), segment);
        if (prepared.ids) expect(prepared.ids.filter((id) => expected.includes(id))).toEqual(expected);
        if (prepared.exact && prepared.ids) expect(prepared.ids).toEqual(expected);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});
