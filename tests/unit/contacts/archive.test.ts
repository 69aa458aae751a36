import { describe, expect, it } from 'vitest';
import { archiveContacts, unarchiveContacts } from '../../../lib/contacts/archive';
import { contactHistory } from '../../../lib/contacts/history';
import { planUsage } from '../../../lib/contacts/plan';
import { planRoom } from '../../../lib/contacts/rules';
import { recentContacts, upsertByEmail } from '../../../lib/contacts/repository';
import { getDb } from '../../../lib/db/database';
import { saveSettings } from '../../../lib/settings/store';
import { draft } from '../helpers/drafts';
import { seedPlainContacts } from '../helpers/seed';

describe('plan limit', () => {
  it('planRoom is what a write may still add (live contacts only; unlimited plans have no limit)', async () => {
    await seedPlainContacts(290);
    await seedPlainContacts(5, (i) => ({ email: `old${i}@acme.com`, archived: 1 }));
    expect(await planUsage(getDb(), 'free')).toEqual({ plan: 'free', used: 290, limit: 300 });
    expect(await planRoom(getDb(), 'free')).toBe(10);
    expect(await planRoom(getDb(), 'starter')).toBe(Infinity);
  });

  it('an import row beyond the limit is refused with plan_limit, like a capture', async () => {
    await seedPlainContacts(300);
    const row = await upsertByEmail(draft({ email: 'new@acme.com', source: { method: 'import', where: 'leads.csv', at: 1 } }));
    expect(row).toMatchObject({ outcome: 'refused', reason: 'plan_limit' });
  });
});

describe('archive', () => {
  it('hides contacts from the live list, frees room, records history; unarchive brings them back', async () => {
    const ids = await seedPlainContacts(300);
    expect((await upsertByEmail(draft({ email: 'new@acme.com' }))).outcome).toBe('refused');
    expect(await archiveContacts(ids.slice(0, 2))).toEqual({ changed: 2 });
    expect(await archiveContacts(ids.slice(0, 2))).toEqual({ changed: 0 });
    expect((await recentContacts(500)).map((c) => c.id)).not.toContain(ids[0]);
    expect((await upsertByEmail(draft({ email: 'new@acme.com' }))).outcome).toBe('created');
    expect((await contactHistory(getDb(), ids[0]!)).map((h) => h.kind)).toEqual(['archived']);

    // 299 + new = 300 live: reviving two would pass the limit, so none is revived.
    await expect(unarchiveContacts(ids.slice(0, 2))).rejects.toMatchObject({ code: 'plan_limit' });
    expect(await getDb().contacts.where('archived').equals(1).count()).toBe(2);
    await saveSettings({ plan: 'pro' });
    expect(await unarchiveContacts(ids.slice(0, 2))).toEqual({ changed: 2 });
    expect((await contactHistory(getDb(), ids[0]!)).map((h) => h.kind)).toEqual(['unarchived', 'archived']);
  });

  it('unarchive fits exactly up to the limit', async () => {
    const ids = await seedPlainContacts(300);
    await archiveContacts(ids.slice(0, 3));
    expect(await unarchiveContacts(ids.slice(0, 3))).toEqual({ changed: 3 });
    expect((await planUsage(getDb(), 'free')).used).toBe(300);
  });
});
