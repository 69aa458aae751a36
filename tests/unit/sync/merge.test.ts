import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeRevisions, nextClock, stableJson, type FieldClock } from '../../../lib/sync/merge';

const rev = (body: Record<string, unknown>, clock: Record<string, FieldClock>) => ({ body, clock });

describe('field-by-field merge of conflicting revisions', () => {
  it('a typed value beats a captured one, even a later capture', () => {
    const typed = rev({ title: 'CEO' }, { title: [100, 'a', 1] });
    const captured = rev({ title: 'VP Sales' }, { title: [200, 'b', 0] });
    expect(mergeRevisions([captured, typed]).body).toEqual({ title: 'CEO' });
  });

  it('otherwise the latest edit of each field wins, field by field', () => {
    const a = rev({ title: 'CEO', phone: '1' }, { title: [300, 'a', 1], phone: [100, 'a', 1] });
    const b = rev({ title: 'CTO', phone: '2' }, { title: [200, 'b', 1], phone: [400, 'b', 1] });
    const merged = mergeRevisions([a, b]);
    expect(merged.body).toEqual({ title: 'CEO', phone: '2' });
    expect(merged.unsettled).toEqual([]);
  });

  it('a field cleared later wins over an older value', () => {
    const a = rev({}, { phone: [500, 'a', 1] });
    const b = rev({ phone: '2' }, { phone: [400, 'b', 1] });
    expect(mergeRevisions([a, b]).body).toEqual({});
  });

  it('two typed values at the same moment from two machines: one answer everywhere, reported as unsettled', () => {
    const a = rev({ title: 'CEO' }, { title: [100, 'a', 1] });
    const b = rev({ title: 'CTO' }, { title: [100, 'b', 1] });
    const one = mergeRevisions([a, b]);
    expect(one.body).toEqual(mergeRevisions([b, a]).body);
    expect(one.unsettled).toEqual([{ field: 'title', values: [one.body.title, one.body.title === 'CEO' ? 'CTO' : 'CEO'] }]);
  });

  it('is deterministic: any order of any revisions gives the same result', () => {
    const clock = fc.tuple(fc.integer({ min: 0, max: 5 }), fc.constantFrom('a', 'b', 'c'), fc.constantFrom(0 as const, 1 as const));
    const revision = fc.record({
      body: fc.dictionary(fc.constantFrom('title', 'phone', 'company'), fc.constantFrom('x', 'y', 'z')),
      clock: fc.dictionary(fc.constantFrom('title', 'phone', 'company'), clock),
    });
    fc.assert(
      fc.property(fc.array(revision, { minLength: 1, maxLength: 4 }), (revisions) => {
        const forward = mergeRevisions(revisions);
        const backward = mergeRevisions([...revisions].reverse());
        expect(stableJson(forward.body)).toBe(stableJson(backward.body));
        expect(stableJson(forward.clock)).toBe(stableJson(backward.clock));
      }),
      { seed: 20, numRuns: 300 },
    );
  });

  it('a new revision stamps only the fields that changed', () => {
    const previous = rev({ title: 'CEO', phone: '1' }, { title: [1, 'a', 1], phone: [1, 'a', 0] });
    expect(nextClock(previous, { title: 'CEO', phone: '2' }, 9, 'b', (f) => f === 'phone')).toEqual({ title: [1, 'a', 1], phone: [9, 'b', 1] });
  });
});
