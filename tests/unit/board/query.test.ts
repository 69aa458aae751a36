import { describe, expect, it } from 'vitest';
import { loadColumnPage, loadCounts, withPendingMoves, type BoardFilter, type ColumnData } from '../../../lib/board/query';
import { allTags } from '../../../lib/contacts/tags';

async function loadColumn(db: ReturnType<typeof getDb>, stage: Stage, filter: BoardFilter, limit?: number) {
  const [contacts, counts] = await Promise.all([loadColumnPage(db, stage, filter, limit), loadCounts(db, filter)]);
  return { stage, count: counts[stage], contacts };
}
import { upsertByEmail } from '../../../lib/contacts/repository';
import { getDb } from '../../../lib/db/database';
import type { Contact, ContactDraft, Stage } from '../../../lib/model';
import { draft } from '../helpers/drafts';

async function add(n: number, stage: Stage, extra: Partial<ContactDraft> = {}, prefix: string = stage) {
  for (let i = 0; i < n; i++) {
    const result = await upsertByEmail(draft({ email: `${prefix}${i}@acme.com`.toLowerCase(), stage, ...extra }));
    if (result.outcome !== 'created') throw new Error(result.outcome);
    // Distinct, increasing update times: the newest is the last added.
    await getDb().contacts.update(result.contact.id, { updatedAt: 1_000 + (await getDb().contacts.count()) });
  }
}

describe('loadColumn', () => {
  it('counts a stage and returns its newest page, leaving archived contacts out', async () => {
    await add(30, 'Lead');
    await add(2, 'Won');
    const archived = await getDb().contacts.where('email').equals('lead0@acme.com').first();
    await getDb().contacts.update(archived!.id, { archived: 1 });

    const lead = await loadColumn(getDb(), 'Lead', {}, 10);
    expect(lead.count).toBe(29);
    expect(lead.contacts).toHaveLength(10);
    expect(lead.contacts[0]!.email).toBe('lead29@acme.com');
    expect(lead.contacts.map((c) => c.updatedAt)).toEqual([...lead.contacts.map((c) => c.updatedAt)].sort((a, b) => b - a));
    expect((await loadColumn(getDb(), 'Won', {})).count).toBe(2);
    expect(await loadColumn(getDb(), 'Lost', {})).toEqual({ stage: 'Lost', count: 0, contacts: [] });
  });

  it('filters by tag, by group, and by both', async () => {
    await add(5, 'Lead', { tags: ['saas'], groupIds: [1] }, 'a');
    await add(4, 'Lead', { tags: ['saas'] }, 'b');
    await add(3, 'Lead', { groupIds: [1] }, 'c');
    await add(2, 'Won', { tags: ['saas'] }, 'd');

    expect((await loadColumn(getDb(), 'Lead', { tag: 'saas' })).count).toBe(9);
    expect((await loadColumn(getDb(), 'Lead', { groupId: 1 })).count).toBe(8);
    const both = await loadColumn(getDb(), 'Lead', { tag: 'saas', groupId: 1 }, 3);
    expect(both.count).toBe(5);
    expect(both.contacts.map((c) => c.email)).toEqual(['a4@acme.com', 'a3@acme.com', 'a2@acme.com']);
    expect((await loadColumn(getDb(), 'Won', { tag: 'saas' })).count).toBe(2);
    expect((await loadColumn(getDb(), 'Won', { tag: 'nothing' })).count).toBe(0);
  });

  it('lists every tag in use once', async () => {
    await add(2, 'Lead', { tags: ['saas', 'b2b'] });
    await add(1, 'Won', { tags: ['saas'] });
    expect(await allTags(getDb())).toEqual(['b2b', 'saas']);
  });
});

describe('withPendingMoves', () => {
  const contact = (id: number, stage: Stage) => ({ id, stage, email: `${id}@x.com` }) as Contact;
  const lead: ColumnData = { stage: 'Lead', count: 10, contacts: [contact(1, 'Lead'), contact(2, 'Lead')] };
  const won: ColumnData = { stage: 'Won', count: 3, contacts: [contact(7, 'Won')] };
  const move = { contact: contact(1, 'Lead'), from: 'Lead' as const, to: 'Won' as const };

  it('shows a move at once, before the database answers', () => {
    expect(withPendingMoves(lead, [move])).toMatchObject({ count: 9, contacts: [{ id: 2 }], settled: [] });
    const target = withPendingMoves(won, [move]);
    expect(target).toMatchObject({ count: 4, contacts: [{ id: 1, stage: 'Won' }, { id: 7 }], settled: [] });
  });

  it('stops correcting once the live data holds the move, and says it settled', () => {
    const leadAfter: ColumnData = { stage: 'Lead', count: 9, contacts: [contact(2, 'Lead')] };
    const wonAfter: ColumnData = { stage: 'Won', count: 4, contacts: [contact(1, 'Won'), contact(7, 'Won')] };
    expect(withPendingMoves(leadAfter, [move])).toMatchObject({ count: 9, settled: [] });
    expect(withPendingMoves(wonAfter, [move])).toMatchObject({ count: 4, contacts: [{ id: 1 }, { id: 7 }], settled: [1] });
  });
});
