import { describe, expect, it, vi } from 'vitest';
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

/** VIPs created after the first second: a tag and a range of creation dates. */
const vipAndRecent: Segment = {
  type: 'group',
  match: 'all',
  children: [
    { type: 'condition', field: 'tag', op: 'equals', value: 'vip' },
    { type: 'condition', field: 'createdAt', op: 'gt', value: 1000 },
  ],
};

async function seed() {
  // 40 contacts; ids 1 and 2 are VIP; everyone but id 2 is Active, and was created after the first second.
  await getDb().contacts.bulkAdd(
    Array.from({ length: 40 }, (_, i) => contact({ id: i + 1, email: `c${i}@x.com`, tags: i < 2 ? ['vip'] : [], status: i === 1 ? 'Replied' : 'Active', ...(i === 1 ? { createdAt: 1 } : {}) })),
  );
}

describe('querySegment and countSegment', () => {
  it('checks contact by contact instead of reading a much larger index', async () => {
    await seed();
    const prepared = await prepareSegment(getDb(), vipAndRecent);
    // The 39 creation dates were not read: the 2 VIPs (from their bitmap) are candidates, to be checked.
    expect(prepared).toMatchObject({ ids: [1, 2], exact: false });
    expect(await countSegment(getDb(), vipAndRecent)).toBe(1);
    expect((await querySegment(getDb(), vipAndRecent, { limit: 10 })).map((c) => c.id)).toEqual([1]);
  });

  it('answers tags and statuses from the fact bitmaps: exact, without reading an index key', async () => {
    await seed();
    const collection = Object.getPrototypeOf(getDb().contacts.toCollection()) as { primaryKeys: () => Promise<unknown[]> };
    const keys = vi.spyOn(collection, 'primaryKeys');
    try {
      expect(await countSegment(getDb(), vipAndActive)).toBe(1);
      expect(await prepareSegment(getDb(), vipAndActive)).toMatchObject({ ids: [1], exact: true });
      expect(keys).not.toHaveBeenCalled();
    } finally {
      keys.mockRestore();
    }
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

describe('sizing the parts of an AND', () => {
  it('never counts a whole large index, and still counts right', async () => {
    // 600 contacts: 3 VIPs (ids 1..3), 500 "Active", 9 in group 4 (ids 1..9).
    await getDb().contacts.bulkAdd(
      Array.from({ length: 600 }, (_, i) =>
        contact({ id: i + 1, email: `s${i}@x.com`, tags: i < 3 ? ['vip'] : [], status: i < 500 ? 'Active' : 'Replied', groupIds: i < 9 ? [4] : [] }),
      ),
    );
    const segment: Segment = {
      type: 'group',
      match: 'all',
      children: [...vipAndActive.children, { type: 'condition', field: 'group', op: 'equals', value: 4 }],
    };
    const collection = Object.getPrototypeOf(getDb().contacts.toCollection()) as { count: () => Promise<number> };
    const counts = vi.spyOn(collection, 'count');
    try {
      expect(await countSegment(getDb(), segment)).toBe(3);
      expect(await prepareSegment(getDb(), segment)).toMatchObject({ ids: [1, 2, 3] });
      expect(counts).not.toHaveBeenCalled();
    } finally {
      counts.mockRestore();
    }
  });
});
