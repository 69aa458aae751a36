import { describe, expect, it } from 'vitest';
import { getDb } from '../../../lib/db/database';
import { segmentFilter, segmentHref, segmentIdFrom } from '../../../lib/segments/filter';
import { saveSegment } from '../../../lib/segments/store';
import { contact } from './contacts';

describe('segmentFilter', () => {
  it('turns a saved segment into a predicate, a count and pages of contacts', async () => {
    const db = getDb();
    await db.contacts.bulkAdd(
      Array.from({ length: 12 }, (_, i) => contact({ id: i + 1, email: `c${i}@x.com`, tags: i % 3 === 0 ? ['vip'] : [] })),
    );
    const row = await saveSegment({ name: 'VIP', criteria: { type: 'group', match: 'all', children: [{ type: 'condition', field: 'tag', op: 'equals', value: 'vip' }] } });
    const filter = await segmentFilter(db, row.id);
    expect(filter?.name).toBe('VIP');
    expect(filter?.matches(contact({ tags: ['vip'] }))).toBe(true);
    expect(filter?.matches(contact({ tags: [] }))).toBe(false);
    expect(await filter?.count()).toBe(4);
    const pages: number[][] = [];
    for await (const page of filter!.pages(3)) pages.push(page.map((c) => c.id));
    expect(pages).toEqual([[1, 4, 7], [10]]);
  });

  it('is null for a missing or unreadable segment', async () => {
    const db = getDb();
    expect(await segmentFilter(db, 99)).toBeNull();
    const id = (await db.segments.add({ name: 'Old', criteria: { version: 0 }, createdAt: 1, updatedAt: 1 } as never)) as number;
    expect(await segmentFilter(db, id)).toBeNull();
  });

  it('links to the contacts table and reads the id back', () => {
    expect(segmentHref(12)).toBe('#/contacts?segment=12');
    expect(segmentIdFrom(new URLSearchParams('segment=12'))).toBe(12);
    expect(segmentIdFrom(new URLSearchParams('segment=x'))).toBeNull();
  });
});
