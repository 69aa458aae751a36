import { describe, expect, it } from 'vitest';
import { registerMessageHandlers } from '../../../lib/background/router';
import { bulkUpdate, CHUNK } from '../../../lib/contacts/bulk';
import { contactHistory } from '../../../lib/contacts/history';
import { getDb } from '../../../lib/db/database';
import { saveSettings } from '../../../lib/settings/store';
import { sendFromContentScript } from '../helpers/runtime';
import { seedContacts } from '../helpers/seed';

describe('bulk actions', () => {
  it('adds a tag to the selection only, once, across several transactions', async () => {
    const ids = await seedContacts(CHUNK + 50, () => ({ tags: [] }));
    const selection = ids.slice(0, CHUNK + 10);
    expect((await bulkUpdate(selection, { kind: 'addTag', tag: 'hot' })).changed).toBe(CHUNK + 10);
    expect((await bulkUpdate(selection, { kind: 'addTag', tag: 'hot' })).changed).toBe(0);
    expect(await getDb().contacts.where('tags').equals('hot').count()).toBe(CHUNK + 10);
    const history = await contactHistory(getDb(), selection[0]!);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ kind: 'edited', changes: { tags: [[], ['hot']] } });
  });

  it('records a stage entry per contact that moved, and none for those already there', async () => {
    const ids = await seedContacts(6, (n) => ({ stage: n < 2 ? 'Won' : 'Lead' }));
    expect((await bulkUpdate(ids, { kind: 'setStage', stage: 'Won' })).changed).toBe(4);
    const moved = await contactHistory(getDb(), ids[3]!);
    expect(moved[0]).toMatchObject({ kind: 'stage', changes: { stage: ['Lead', 'Won'] } });
    expect(await contactHistory(getDb(), ids[0]!)).toEqual([]);
  });

  it('removes a group and sets a status', async () => {
    const ids = await seedContacts(4, () => ({ groupIds: [1, 2], status: 'Active' }));
    await bulkUpdate(ids.slice(0, 2), { kind: 'removeGroup', groupId: 1 });
    await bulkUpdate(ids.slice(0, 1), { kind: 'setStatus', status: 'Replied' });
    const rows = await getDb().contacts.bulkGet(ids);
    expect(rows.map((c) => c?.groupIds)).toEqual([[2], [2], [1, 2], [1, 2]]);
    expect(rows.map((c) => c?.status)).toEqual(['Replied', 'Active', 'Active', 'Active']);
  });

  it('archives, and refuses to unarchive past the Free plan limit', async () => {
    const ids = await seedContacts(302, () => ({ archived: 0 }));
    await bulkUpdate(ids.slice(0, 5), { kind: 'archive' });
    expect(await getDb().contacts.where('archived').equals(1).count()).toBe(5);
    expect((await contactHistory(getDb(), ids[0]!))[0]?.kind).toBe('archived');
    await expect(bulkUpdate(ids.slice(0, 5), { kind: 'unarchive' })).rejects.toThrow('plan_limit');
    expect(await getDb().contacts.where('archived').equals(1).count()).toBe(5);
    await saveSettings({ plan: 'pro' });
    expect((await bulkUpdate(ids.slice(0, 5), { kind: 'unarchive' })).changed).toBe(5);
  });

  it('is refused from a content script', async () => {
    const ids = await seedContacts(2, () => ({ tags: [] }));
    registerMessageHandlers();
    expect(await sendFromContentScript('bulkUpdateContacts', { ids, op: { kind: 'addTag', tag: 'x' } })).toBeUndefined();
    expect(await getDb().contacts.where('tags').equals('x').count()).toBe(0);
  });
});
