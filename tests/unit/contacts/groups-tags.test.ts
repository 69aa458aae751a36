import { describe, expect, it } from 'vitest';
import { contactHistory } from '../../../lib/contacts/history';
import { countSamples, SAMPLE_TAG } from '../../../lib/contacts/samples';
import { allTags } from '../../../lib/contacts/tags';
import { getDb } from '../../../lib/db/database';
import * as service from '../../../lib/service';
import { seedContacts } from '../helpers/seed';

describe('groups', () => {
  it('creates, renames and recolors; refuses a duplicate name whatever its case', async () => {
    const group = await service.createGroup({ name: 'Salon 2025', color: '#6366F1' });
    expect(group).toMatchObject({ name: 'Salon 2025', color: '#6366f1' });
    await expect(service.createGroup({ name: 'salon 2025', color: '#0ea5e9' })).rejects.toThrow('duplicate_group');
    const renamed = await service.updateGroup({ id: group.id, name: 'Salon Lyon', color: '#10b981' });
    expect(renamed).toMatchObject({ id: group.id, name: 'Salon Lyon', color: '#10b981' });
    await expect(service.createGroup({ name: '  ', color: '#0ea5e9' })).rejects.toThrow();
  });

  it('deletes a group and keeps its contacts, without it', async () => {
    const group = await service.createGroup({ name: 'VIP', color: '#ef4444' });
    const ids = await seedContacts(5, (n) => ({ groupIds: n < 3 ? [group.id, 99] : [99] }));
    expect(await service.deleteGroup({ id: group.id })).toBe(3);
    expect(await getDb().groups.get(group.id)).toBeUndefined();
    expect(await getDb().contacts.count()).toBe(5);
    expect(await getDb().contacts.where('groupIds').equals(group.id).count()).toBe(0);
    expect((await getDb().contacts.get(ids[0]!))?.groupIds).toEqual([99]);
  });
});

describe('tags', () => {
  it('lists distinct tags from the index', async () => {
    await seedContacts(4, (n) => ({ tags: n % 2 ? ['b', 'a'] : ['c'] }));
    expect(await allTags(getDb())).toEqual(['a', 'b', 'c']);
  });

  it('renames a tag everywhere, and merges into an existing one without doubles', async () => {
    const ids = await seedContacts(4, (n) => ({ tags: [['salon'], ['salon', 'Salon 2025'], ['Salon 2025'], ['other']][n]! }));
    expect(await service.renameTag({ from: 'salon', to: 'Salon 2025' })).toBe(2);
    const rows = await getDb().contacts.bulkGet(ids);
    expect(rows.map((c) => c?.tags)).toEqual([['Salon 2025'], ['Salon 2025'], ['Salon 2025'], ['other']]);
    expect((await contactHistory(getDb(), ids[0]!))[0]).toMatchObject({ kind: 'edited', changes: { tags: [['salon'], ['Salon 2025']] } });
    expect(await allTags(getDb())).toEqual(['other', 'Salon 2025']);
  });
});

describe('sample contacts', () => {
  it('are loaded marked as samples and removed in one go, leaving a user\'s own "sample" tag alone', async () => {
    const [own] = await seedContacts(1, () => ({ tags: [SAMPLE_TAG] }));
    const added = await service.loadSampleContacts({});
    expect(added).toBe(8);
    expect(await countSamples()).toBe(8);
    const sample = await getDb().contacts.where('email').equals('camille.lefevre@example.fr').first();
    expect(sample).toMatchObject({ tags: [SAMPLE_TAG, 'salon-2025'], source: { method: 'manual', where: 'sample' } });
    expect(await service.loadSampleContacts({})).toBe(0);
    expect(await service.removeSampleContacts({})).toBe(8);
    expect(await getDb().contacts.count()).toBe(1);
    expect(await getDb().contacts.get(own!)).toBeDefined();
  });
});
