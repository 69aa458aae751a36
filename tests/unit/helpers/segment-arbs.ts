import fc from 'fast-check';
import type { Condition, SegmentGroup } from '../../../lib/segments/schema';

/** Random criteria trees of `depth` levels over the given conditions (AND more often than OR, some negated): the property tests' shared shape. */
export function groupOf(conditionArb: fc.Arbitrary<Condition>): (depth: number) => fc.Arbitrary<SegmentGroup> {
  const groupArb = (depth: number): fc.Arbitrary<SegmentGroup> =>
    fc.record({
      type: fc.constant('group' as const),
      match: fc.constantFrom<'all' | 'any'>('all', 'all', 'any'),
      negate: fc.constantFrom(false, false, false, true),
      children: fc.array(depth > 1 ? fc.oneof({ weight: 3, arbitrary: conditionArb }, { weight: 1, arbitrary: groupArb(depth - 1) }) : conditionArb, { maxLength: 4 }),
    });
  return groupArb;
}
