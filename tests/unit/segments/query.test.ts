import { describe, expect, it } from 'vitest';
import { getDb } from '../../../lib/db/database';
import { countSegment, prepareSegment, querySegment, segmentPages } from '../../../lib/segments/query';
import type { Segment } from '../../../lib/segments/schema';
import { contact } from './contacts';

const vipAndActive: Segment = {
  type: 'group',
  match: 'all',
  children: [
    { type: 'condition', field: 'tag', op: 'equals', value: 'vip' },
    { type: 'condition', field: 'status', op: 'equals', value: 'Active' },
  ],
};

async function seed() {
  // 40 contacts; ids 1 and 2 are VIP; everyone but id 2 is Active.
  await getDb().contacts.bulkAdd(
    Array.from({ length: 40 }, (_, i) => contact({ id: i + 1, email: `c${i}@x.com`, tags: i < 2 ? ['vip'] : [], status: i === 1 ? 'Replied' : 'Active' })),
  );
}

describe('querySegment and countSegment', () => {
  it('checks contact by contact instead of reading a much larger index', async () => {
    await seed();
    const prepared = await prepareSegment(getDb(), vipAndActive);
    // The 39 "Active" keys were not read: 2 candidates, to be checked.
    expect(prepared).toMatchObject({ ids: [1, 2], exact: false });
    expect(await countSegment(getDb(), vipAndActive)).toBe(1);
    expect((await querySegment(getDb(), vipAndActive, { limit: 10 })).map((c) => c.id)).toEqual([1]);
  });

  it('counts from indexes alone when every part is small enough', async () => {
    await seed();
    const segment: Segment = { ...vipAndActive, children: [vipAndActive.children[0]!, { type: 'condition', field: 'status', op: 'equals', value: 'Replied' }] };
    expect(await prepareSegment(getDb(), segment)).toMatchObject({ ids: [2], exact: true });
    expect(await countSegment(getDb(), segment)).toBe(1);
  });

  it('pages through a segment with keyset paging, without repeats or gaps', async () => {
    await seed();
    const everyoneActive: Segment = { type: 'group', match: 'all', children: [{ type: 'condition', field: 'status', op: 'equals', value: 'Active' }] };
    const pages: number[][] = [];
    for await (const page of segmentPages(getDb(), everyoneActive, 16)) pages.push(page.map((c) => c.id));
    expect(pages.map((p) => p.length)).toEqual([16, 16, 7]);
    expect(pages.flat()).toEqual(Array.from({ length: 40 }, (_, i) => i + 1).filter((id) => id !== 2));
    expect((await querySegment(getDb(), everyoneActive, { limit: 3, offset: 30 })).map((c) => c.id)).toEqual([32, 33, 34]);
  });
});
