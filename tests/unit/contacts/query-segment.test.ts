import { describe, expect, it } from 'vitest';
import { compareForSort, filterToSegment, queryContacts, type ContactFilter, type ContactSort } from '../../../lib/contacts/query';
import { getDb } from '../../../lib/db/database';
import { matchesSegment } from '../../../lib/segments/match';
import type { Segment } from '../../../lib/segments/schema';
import { saveSegment } from '../../../lib/segments/store';
import { seedContacts } from '../helpers/seed';
import { matchesContactFilter } from '../query/oracle';

const VIP: Segment = { type: 'group', match: 'all', children: [{ type: 'condition', field: 'tag', op: 'equals', value: 'vip' }] };

/** The slow way: every row, the segment's own matcher plus the other conditions. */
async function bruteForce(filter: ContactFilter, sort: ContactSort): Promise<number[]> {
  const rows = (await getDb().contacts.toArray()).filter((c) => matchesContactFilter(c, { ...filter, segmentId: 1 }, (contact) => matchesSegment(contact, VIP)));
  rows.sort(compareForSort(sort.field));
  const ids = rows.map((c) => c.id);
  return sort.direction === 'desc' ? ids.reverse() : ids;
}

describe('queryContacts with a saved segment', () => {
  it.each<[string, ContactFilter, ContactSort]>([
    ['the segment alone', {}, { field: 'updatedAt', direction: 'desc' }],
    ['segment and stage', { stages: ['Won', 'Qualified'] }, { field: 'name', direction: 'asc' }],
    ['segment and archived', { archived: 1 }, { field: 'email', direction: 'asc' }],
  ])('%s: the segment intersected with the other filters, through both strategies', async (_, extra, sort) => {
    await seedContacts(400);
    const segment = await saveSegment({ name: 'VIP', criteria: VIP });
    const expected = await bruteForce(extra, sort);
    expect(expected.length).toBeGreaterThan(0);
    const all = (await getDb().contacts.toArray()).filter((c) => (extra.archived ?? 0) === c.archived).length;
    expect(expected.length).toBeLessThan(all);
    for (const smallSet of [0, 10_000]) {
      const result = await queryContacts(getDb(), { ...extra, segmentId: segment.id }, sort, { smallSet });
      expect(await result.total()).toBe(expected.length);
      expect(await result.ids()).toEqual(expected);
      expect((await result.page(0, 10)).map((c) => c.id)).toEqual(expected.slice(0, 10));
    }
  });

  it('a missing segment matches nothing', async () => {
    await seedContacts(50);
    const result = await queryContacts(getDb(), { segmentId: 999 }, { field: 'name', direction: 'asc' });
    expect(await result.total()).toBe(0);
  });

  it('filterToSegment nests the saved segment, and a missing one matches nothing', () => {
    expect(filterToSegment({ segmentId: 1, archived: 'all' }, VIP)).toEqual({ type: 'group', match: 'all', children: [VIP] });
    expect(filterToSegment({ segmentId: 1, archived: 'all' }, null)).toBeNull();
    expect(filterToSegment({ segmentId: 1 })).toBeNull();
  });
});
