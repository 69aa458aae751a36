import { describe, expect, it } from 'vitest';
import { completePart, endOfDay, incompletePaths, localDate, startOfDay, updateAt } from '../../../lib/segments/draft';
import type { Segment } from '../../../lib/segments/schema';

const draft: Segment = {
  type: 'group',
  match: 'all',
  children: [
    { type: 'condition', field: 'tag', op: 'equals', value: 'vip' },
    { type: 'condition', field: 'company', op: 'contains' },
    { type: 'group', match: 'any', children: [{ type: 'condition', field: 'group', op: 'in', value: [] }, { type: 'condition', field: 'stage', op: 'equals', value: 'Won' }] },
  ],
};

describe('segment drafts', () => {
  it('drops unfinished conditions and says where they are', () => {
    expect(completePart(draft)).toEqual({
      type: 'group',
      match: 'all',
      children: [draft.children[0], { type: 'group', match: 'any', children: [{ type: 'condition', field: 'stage', op: 'equals', value: 'Won' }] }],
    });
    expect(incompletePaths(draft)).toEqual([[1], [2, 0]]);
  });

  it('replaces and removes nested nodes without touching the original', () => {
    const removed = updateAt(draft, [2, 0], null);
    expect((removed.children[2] as Segment).children).toHaveLength(1);
    expect((draft.children[2] as Segment).children).toHaveLength(2);
    const replaced = updateAt(draft, [1], { type: 'condition', field: 'company', op: 'contains', value: 'acme' });
    expect(incompletePaths(replaced)).toEqual([[2, 0]]);
  });

  it('turns picked days into inclusive local boundaries and back', () => {
    expect(localDate(startOfDay('2026-03-01'))).toBe('2026-03-01');
    expect(localDate(endOfDay('2026-03-01'))).toBe('2026-03-01');
    expect(endOfDay('2026-03-01') + 1).toBe(startOfDay('2026-03-02'));
  });
});
