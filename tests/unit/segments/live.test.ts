import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { getDb } from '../../../lib/db/database';
import { countSegment } from '../../../lib/segments/query';
import type { Segment } from '../../../lib/segments/schema';
import { allEqual, contact } from './contacts';

const vipActive: Segment = {
  type: 'group',
  match: 'all',
  children: [
    { type: 'condition', field: 'tag', op: 'equals', value: 'vip' },
    { type: 'condition', field: 'company', op: 'contains', value: 'acme' },
  ],
};

describe('live segment count', () => {
  it('is recounted when a contact enters or leaves the segment', async () => {
    const db = getDb();
    await db.contacts.add(contact({ id: 1, email: 'a@x.com', tags: ['vip'] }));
    const seen: number[] = [];
    const subscription = liveQuery(() => countSegment(db, vipActive)).subscribe((count) => seen.push(count));
    await expect.poll(() => seen.at(-1)).toBe(1);
    await db.contacts.add(contact({ id: 2, email: 'b@x.com', tags: ['vip'], company: 'ACME Robotics' }));
    await expect.poll(() => seen.at(-1)).toBe(2);
    await db.contacts.update(1, { tags: [] });
    await expect.poll(() => seen.at(-1)).toBe(1);
    subscription.unsubscribe();
  });

  it('is recounted from the fact bitmaps when a contact gains or loses one of its facts', async () => {
    const db = getDb();
    // Live VIPs who replied: a tag, a status and the archived flag, counted on the bitmaps alone.
    const vipReplied = allEqual(['tag', 'vip'], ['status', 'Replied'], ['archived', false]);
    await db.contacts.add(contact({ id: 70_000, email: 'a@x.com', tags: ['vip'], status: 'Replied' }));
    const seen: number[] = [];
    const subscription = liveQuery(() => countSegment(db, vipReplied)).subscribe((count) => seen.push(count));
    await expect.poll(() => seen.at(-1)).toBe(1);
    await db.contacts.add(contact({ id: 140_000, email: 'b@x.com', tags: ['vip'], status: 'Active' }));
    await db.contacts.update(140_000, { status: 'Replied' });
    await expect.poll(() => seen.at(-1)).toBe(2);
    await db.contacts.update(70_000, { archived: 1 });
    await expect.poll(() => seen.at(-1)).toBe(1);
    await db.contacts.update(140_000, { tags: ['cold'] });
    await expect.poll(() => seen.at(-1)).toBe(0);
    subscription.unsubscribe();
  });
});
