import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeRevisions, stableJson, type FieldClock } from '../../../lib/sync/merge';
import { packClock, readDoc, storedDoc, unpackClock } from '../../../lib/sync/packed-clock';

const entry = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom('replica-a', 'replica-b'), fc.constantFrom(0 as const, 1 as const));
const clocks = fc.dictionary(fc.constantFrom('title', 'phone', 'company', 'email', 'tags'), entry);

describe('packed field clocks', () => {
  it('one entry per distinct edit, fields sorted; unpacking gives the clock back', () => {
    const clock: Record<string, FieldClock> = { title: [5, 'b', 1], email: [1, 'a', 0], company: [1, 'a', 0], phone: [5, 'b', 1] };
    expect(packClock(clock)).toEqual([
      [1, 'a', 0, 'company', 'email'],
      [5, 'b', 1, 'phone', 'title'],
    ]);
    expect(unpackClock(packClock(clock))).toEqual(clock);
  });

  it('any clock survives the round trip, and equal clocks pack to the same JSON whatever their key order (one revision everywhere)', () => {
    fc.assert(
      fc.property(clocks, (clock) => {
        expect(unpackClock(packClock(clock))).toEqual(clock);
        const reversed = Object.fromEntries(Object.entries(clock).reverse());
        expect(JSON.stringify(packClock(reversed))).toBe(JSON.stringify(packClock(clock)));
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('a merge gives the same result from packed documents and from documents of the previous version', () => {
    const revision = fc.record({ body: fc.dictionary(fc.constantFrom('title', 'phone', 'company'), fc.constantFrom('x', 'y')), clock: clocks });
    fc.assert(
      fc.property(fc.array(revision, { minLength: 1, maxLength: 3 }), (revisions) => {
        const packed = revisions.map((r) => readDoc(storedDoc({ type: 'contact', ...r, by: 'u', w: 'w' })));
        expect(stableJson(mergeRevisions(packed))).toBe(stableJson(mergeRevisions(revisions)));
      }),
      { seed: 11, numRuns: 200 },
    );
  });

  it('reads a previous-version document and a tombstone as they are', () => {
    const previous = { _id: 'x', type: 'contact', body: { title: 'CEO' }, clock: { title: [1, 'a', 1] as FieldClock }, by: 'alice', w: 'a' };
    expect(readDoc(previous)).toBe(previous);
    const tombstone = { _id: 'y', _rev: '2-a', _deleted: true, gone: 5 };
    expect(readDoc(tombstone)).toBe(tombstone);
    expect(storedDoc(tombstone)).toBe(tombstone);
    expect(storedDoc(previous)).toEqual({ format: { version: 2 }, _id: 'x', type: 'contact', body: { title: 'CEO' }, ck: [[1, 'a', 1, 'title']], by: 'alice', w: 'a' });
    // A plain object first (the indexeddb adapter then keeps one copy of the data).
    expect(Object.keys(storedDoc(previous))[0]).toBe('format');
  });
});
