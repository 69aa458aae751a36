import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  and,
  ARRAY_MAX,
  BITMAP_WORDS,
  cardinality,
  contains,
  fromLows,
  has,
  ids,
  intersectSets,
  highOf,
  isBitmap,
  lowOf,
  lows,
  or,
  sizeOf,
  unionSets,
  update,
  type Container,
  type IdSet,
} from '../../../lib/db/bitmaps';

const SEED = 8_2026;

/** An id set of the given ids (any order, repeats allowed), built the plain way. */
function idSetOf(values: number[]): IdSet {
  const byHigh = new Map<number, number[]>();
  for (const id of values) byHigh.set(highOf(id), [...(byHigh.get(highOf(id)) ?? []), lowOf(id)]);
  return new Map([...byHigh].map(([high, list]) => [high, fromLows(list)]));
}

/** Low values: a few scattered ones, or runs long enough to cross the 4,096 threshold, or both. */
const run = fc
  .tuple(fc.integer({ min: 0, max: 65_535 }), fc.integer({ min: 1, max: 6_000 }), fc.integer({ min: 1, max: 3 }))
  .map(([start, n, step]) => Array.from({ length: n }, (_, i) => start + i * step).filter((low) => low <= 65_535));
const lowsArb = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 65_535 }), { maxLength: 40 }),
  run,
  fc.tuple(run, run, fc.array(fc.integer({ min: 0, max: 65_535 }), { maxLength: 10 })).map((parts) => parts.flat()),
  // Right at the threshold: 4,095 to 4,097 values.
  fc.integer({ min: ARRAY_MAX - 1, max: ARRAY_MAX + 1 }).map((n) => Array.from({ length: n }, (_, i) => i * 15)),
);

const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);

/** A container holds exactly `model`, in canonical form: a sorted array up to 4,096 values, a 2,048-word bitmap above. */
function expectHolds(c: Container, model: Set<number>) {
  expect([...lows(c)]).toEqual(sorted(model));
  expect(cardinality(c)).toBe(model.size);
  expect(isBitmap(c)).toBe(model.size > ARRAY_MAX);
  if (isBitmap(c)) expect(c.length).toBe(BITMAP_WORDS);
  else expect(c).toBeInstanceOf(Uint16Array);
}

describe('bitmap containers against Set<number>', () => {
  it('hold what they were built from, and answer membership', () => {
    fc.assert(
      fc.property(lowsArb, fc.array(fc.integer({ min: 0, max: 65_535 }), { maxLength: 30 }), (values, probes) => {
        const model = new Set(values);
        const c = fromLows(values);
        expectHolds(c, model);
        for (const low of [...probes, ...values.slice(0, 30)]) expect(has(c, low)).toBe(model.has(low));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('add and remove in batches, converting at 4,096 both ways, without changing the container they were given', () => {
    fc.assert(
      fc.property(lowsArb, lowsArb, lowsArb, (start, add, remove) => {
        const model = new Set(start);
        const c = fromLows(start);
        const copy = c.slice();
        const next = update(c, add, remove);
        for (const low of add) model.add(low);
        for (const low of remove) model.delete(low);
        if (model.size === 0) expect(next).toBeUndefined();
        else expectHolds(next!, model);
        expect(c).toEqual(copy);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('add and remove one value at a time across the threshold', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 4_200 })), { minLength: 1, maxLength: 300 }), (ops) => {
        // Start one below the threshold so single steps cross it back and forth.
        const model = new Set(Array.from({ length: ARRAY_MAX - 1 }, (_, i) => i));
        let c: Container = fromLows(model);
        for (const [adding, low] of ops) {
          const [size, had] = [cardinality(c), has(c, low)];
          const next = adding ? update(c, [low], [])! : (update(c, [], [low]) ?? new Uint16Array(0));
          // The container given is not changed in place.
          expect([cardinality(c), has(c, low)]).toEqual([size, had]);
          c = next;
          if (adding) model.add(low);
          else model.delete(low);
          expect(isBitmap(c)).toBe(model.size > ARRAY_MAX);
          expect(cardinality(c)).toBe(model.size);
        }
        expectHolds(c, model);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('AND and OR like set intersection and union, for arrays, bitmaps and both', () => {
    fc.assert(
      fc.property(lowsArb, lowsArb, (xs, ys) => {
        const [a, b] = [fromLows(xs), fromLows(ys)];
        const [sa, sb] = [new Set(xs), new Set(ys)];
        expectHolds(and(a, b), new Set([...sa].filter((x) => sb.has(x))));
        expectHolds(and(b, a), new Set([...sa].filter((x) => sb.has(x))));
        expectHolds(or(a, b), new Set([...sa, ...sb]));
        expectHolds(or(b, a), new Set([...sa, ...sb]));
        // Pure: the operands are as they were.
        expectHolds(a, sa);
        expectHolds(b, sb);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('count every bit of a word, the sign bit included', () => {
    const full = new Uint32Array(BITMAP_WORDS).fill(0xffffffff);
    expect(cardinality(full)).toBe(65_536);
    expect([...lows(full)].at(-1)).toBe(65_535);
    const top = update(undefined, [31, 63, 65_535], [])!;
    expect([...lows(top)]).toEqual([31, 63, 65_535]);
    expect(has(top, 65_535)).toBe(true);
  });
});

describe('id sets (containers by high 16 bits) against Set<number>', () => {
  /** Ids over five containers, some of them dense. */
  const idsArb = fc.oneof(
    fc.array(fc.integer({ min: 0, max: 5 * 65_536 }), { maxLength: 60 }),
    fc.tuple(fc.integer({ min: 0, max: 4 }), lowsArb).map(([high, values]) => values.map((low) => high * 65_536 + low)),
    fc.tuple(lowsArb, lowsArb).map(([a, b]) => [...a, ...b.map((low) => 65_536 * 2 + low), 70_000, 140_000]),
  );

  it('intersect, unite, count and list like sets of ids', () => {
    fc.assert(
      fc.property(fc.array(idsArb, { minLength: 1, maxLength: 4 }), fc.array(fc.integer({ min: 0, max: 5 * 65_536 }), { maxLength: 20 }), (lists, probes) => {
        const sets = lists.map(idSetOf);
        const models = lists.map((list) => new Set(list));
        const common = new Set([...models[0]!].filter((id) => models.every((m) => m.has(id))));
        const any = new Set(models.flatMap((m) => [...m]));
        const both = intersectSets(sets);
        const either = unionSets(sets);
        expect(ids(both)).toEqual(sorted(common));
        expect(sizeOf(both)).toBe(common.size);
        expect(ids(either)).toEqual(sorted(any));
        expect(sizeOf(either)).toBe(any.size);
        for (const id of [...probes, 70_000, 140_000]) {
          expect(contains(both, id)).toBe(common.has(id));
          expect(contains(either, id)).toBe(any.has(id));
        }
        // No empty container is kept.
        for (const c of [...both.values(), ...either.values()]) expect(cardinality(c)).toBeGreaterThan(0);
        // The sets combined are unchanged.
        lists.forEach((list, i) => expect(ids(sets[i]!)).toEqual(sorted(new Set(list))));
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('of nothing: the intersection and the union are empty', () => {
    expect(sizeOf(intersectSets([]))).toBe(0);
    expect(sizeOf(unionSets([]))).toBe(0);
  });
});
