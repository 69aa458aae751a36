import Dexie from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRestore, prepareRestore } from '../../../lib/backup/restore';
import { backupParts } from '../../../lib/backup/create';
import { archiveContacts, unarchiveContacts } from '../../../lib/contacts/archive';
import { bulkUpdate } from '../../../lib/contacts/bulk';
import { bulkUpsert } from '../../../lib/contacts/bulk-upsert';
import { countByArchived, countByGroup, countByStage, countByStatus, countByTag } from '../../../lib/contacts/counts';
import { createGroup, deleteGroup } from '../../../lib/contacts/groups';
import { deleteContacts, updateContact, upsertByEmail } from '../../../lib/contacts/repository';
import { loadSamples, removeSamples } from '../../../lib/contacts/samples';
import { renameTag } from '../../../lib/contacts/tags';
import { counterRows, tally } from '../../../lib/db/counters';
import { getDb } from '../../../lib/db/database';
import { repairCounters } from '../../../lib/db/repair';
import { DEFAULT_SETTINGS, STAGES, STATUSES, type Contact } from '../../../lib/model';
import { draft } from '../helpers/drafts';
import { seedContact, seedContacts } from '../helpers/seed';
import { expectFactsExact } from '../helpers/facts';

/** The counters as the database holds them, and as a count of every contact says they should be. */
async function storedAndExpected() {
  const db = getDb();
  const counts = new Map<string, number>();
  for (const contact of await db.contacts.toArray()) tally(counts, contact, 1);
  const sort = (rows: Array<{ key: string; n: number }>) => [...rows].sort((a, b) => a.key.localeCompare(b.key));
  return { stored: sort(await db.counters.toArray()), expected: sort(counterRows(counts)) };
}

/** The counters, and the fact bitmaps kept beside them, are what the contacts say. */
async function expectExact(): Promise<void> {
  const { stored, expected } = await storedAndExpected();
  expect(stored).toEqual(expected);
  await expectFactsExact();
}

describe('maintained counters', () => {
  it('follow adds, edits, moves between stages, archive and delete', async () => {
    const db = getDb();
    const ids = await seedContacts(40);
    await expectExact();
    await db.contacts.update(ids[0]!, { stage: 'Won', tags: ['vip', 'vip2'] });
    await db.contacts.where('id').anyOf(ids.slice(1, 10)).modify({ archived: 1 });
    await db.contacts.bulkDelete(ids.slice(10, 15));
    await db.contacts.where('stage').equals('Lead').delete();
    await expectExact();
    expect((await db.counters.toArray()).every((row) => row.n > 0)).toBe(true);
  });

  it('read back as counts per archived flag, stage, status, tag and group', async () => {
    const ids = await seedContacts(30);
    const rows = (await getDb().contacts.bulkGet(ids)) as Contact[];
    const live = rows.filter((c) => c.archived === 0);
    expect(await countByArchived(getDb(), 0)).toBe(live.length);
    expect(await countByArchived(getDb(), 'all')).toBe(30);
    const stages = await countByStage(getDb(), 0);
    for (const stage of STAGES) expect(stages[stage]).toBe(live.filter((c) => c.stage === stage).length);
    const statuses = await countByStatus(getDb(), 1);
    for (const status of STATUSES) expect(statuses[status]).toBe(rows.filter((c) => c.archived === 1 && c.status === status).length);
    expect(await countByTag(getDb(), ['vip', 'nobody'])).toEqual([rows.filter((c) => c.tags.includes('vip')).length, 0]);
    expect(await countByGroup(getDb(), [1, 2])).toEqual([1, 2].map((g) => rows.filter((c) => c.groupIds.includes(g)).length));
  });

  it('count a contact once for a tag listed twice, like the multi-entry index', async () => {
    await getDb().contacts.add(seedContact(1, { tags: ['a', 'a'], groupIds: [3, 3] }) as Contact);
    expect(await countByTag(getDb(), ['a'])).toEqual([1]);
    expect(await countByGroup(getDb(), [3])).toEqual([1]);
  });

  it('ignore the rows a bulk add rejected and keep the ones it wrote', async () => {
    const db = getDb();
    await db.contacts.add(seedContact(1) as Contact);
    const duplicate = seedContact(1);
    await db.transaction('rw', db.contacts, async () => {
      await db.contacts.bulkAdd([seedContact(2), duplicate, seedContact(3)] as Contact[]).catch((error) => expect(error).toBeInstanceOf(Dexie.BulkError));
    });
    expect(await db.contacts.count()).toBe(3);
    await expectExact();
  });

  it('roll back with the transaction that failed: nothing half-written', async () => {
    const db = getDb();
    await seedContacts(5);
    const before = await db.counters.toArray();
    await expect(
      db.transaction('rw', db.contacts, async () => {
        await db.contacts.bulkAdd([seedContact(10), seedContact(11)] as Contact[]);
        throw new Error('fail after the write');
      }),
    ).rejects.toThrow('fail after the write');
    expect(await db.counters.toArray()).toEqual(before);
    await expectExact();
  });

  it('count an id a bulk write names twice once, with its last value', async () => {
    const db = getDb();
    const [id] = await seedContacts(1);
    const row = (await db.contacts.get(id!))!;
    await db.contacts.bulkPut([{ ...row, tags: ['first'] }, { ...row, tags: ['last'], stage: 'Won' }]);
    await expectExact();
    await db.contacts.bulkDelete([id!, id!]);
    await expectExact();
    expect(await db.counters.count()).toBe(0);
  });

  it('stay exact when many writes of one transaction run at once', async () => {
    const db = getDb();
    const ids = await seedContacts(20);
    await db.transaction('rw', db.contacts, () =>
      Promise.all(ids.map((id, i) => db.contacts.update(id, { stage: STAGES[(i + 1) % STAGES.length]!, tags: [`t${i % 3}`] }))),
    );
    await Promise.all(ids.slice(0, 10).map((id) => db.contacts.update(id, { archived: 1 })));
    await expectExact();
  });

  it('empty with clear() and count again after', async () => {
    const db = getDb();
    await seedContacts(10);
    await db.contacts.clear();
    expect(await db.counters.count()).toBe(0);
    await seedContacts(3);
    await expectExact();
  });

  it('follow every write path of the product', async () => {
    await loadSamples();
    const created = await upsertByEmail(draft());
    const id = created.outcome === 'created' ? created.contact.id : 0;
    await updateContact(id, { stage: 'Proposal', tags: ['hot', 'salon'] });
    const group = await createGroup({ name: 'Paris', color: '#6366f1' });
    const ids = await seedContacts(30);
    await bulkUpdate(ids.slice(0, 12), { kind: 'addGroup', groupId: group.id });
    await bulkUpdate(ids.slice(5, 20), { kind: 'setStatus', status: 'Replied' });
    await bulkUpdate(ids, { kind: 'setStage', stage: 'Won' });
    await archiveContacts(ids.slice(0, 6));
    await unarchiveContacts(ids.slice(0, 3));
    await renameTag('salon', 'salon-2026');
    await deleteGroup(group.id);
    await deleteContacts(ids.slice(25));
    await removeSamples();
    const source = { method: 'import' as const, where: 'file.csv', at: 1 };
    await bulkUpsert(
      Array.from({ length: 25 }, (_, i) => ({ draft: { email: `person${i}@company${i % 7}.com`, tags: ['imported'], source }, line: i + 2 })),
      { policy: 'fill', settings: DEFAULT_SETTINGS, origin: 'file.csv', chunkSize: 7 },
    );
    await expectExact();
    // A backup restored over everything: the old counts go with the old contacts.
    const backup = await backupParts(Date.now(), 'test passphrase');
    await seedContacts(5, (n) => ({ email: `extra${n}@x.com` }));
    await applyRestore(await prepareRestore(JSON.parse(backup.join('')), 'replace', 'test passphrase'));
    await expectExact();
  });

  it('agree with a recount after any sequence of writes', async () => {
    const db = getDb();
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), n: fc.nat(60) }),
      fc.record({ kind: fc.constant('stage' as const), n: fc.nat(60), stage: fc.constantFrom(...STAGES) }),
      fc.record({ kind: fc.constant('archive' as const), n: fc.nat(60), archived: fc.constantFrom(0 as const, 1 as const) }),
      fc.record({ kind: fc.constant('tags' as const), n: fc.nat(60), tags: fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }) }),
      fc.record({ kind: fc.constant('delete' as const), n: fc.nat(60) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 25 }), async (ops) => {
        await db.contacts.clear();
        for (const o of ops) {
          const existing = await db.contacts.where('email').equals(seedContact(o.n).email).first();
          if (o.kind === 'add') await db.contacts.put({ ...seedContact(o.n), ...(existing ? { id: existing.id } : {}) } as Contact);
          else if (!existing) continue;
          else if (o.kind === 'stage') await db.contacts.update(existing.id, { stage: o.stage });
          else if (o.kind === 'archive') await db.contacts.update(existing.id, { archived: o.archived });
          else if (o.kind === 'tags') await db.contacts.update(existing.id, { tags: o.tags });
          else await db.contacts.delete(existing.id);
        }
        await expectExact();
      }),
      { numRuns: 40, seed: 5 },
    );
  });
});

describe('repairCounters', () => {
  it('replaces counters that went wrong with a recount', async () => {
    const db = getDb();
    await seedContacts(12);
    await db.counters.put({ key: 'archived:0', n: 999 });
    await db.counters.put({ key: 'tag:ghost', n: 3 });
    await repairCounters(db);
    await expectExact();
  });
});
