import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, DB_NAME, FluenzrDatabase, getDb, SCHEMA_VERSIONS } from '../../../lib/db/database';
import { createGroup } from '../../../lib/contacts/groups';
import { deleteContacts, upsertByEmail } from '../../../lib/contacts/repository';
import { eraseContacts } from '../../../lib/gdpr/erase';
import { disableOutbox, enableOutbox } from '../../../lib/sync/enable';
import { markPulled } from '../../../lib/sync/outbox-middleware';
import { refOf } from '../../../lib/sync/registry';
import v5 from '../../fixtures/db/v5.json';
import { draft } from '../helpers/drafts';

const refs = async () => (await getDb().outbox.orderBy('seq').toArray()).map((row) => row.ref);

describe('the transactional outbox (schema v7)', () => {
  it('upgrades a v5 base: every row kept, an empty outbox and id map', async () => {
    const old = new Dexie(DB_NAME);
    for (const [v, schema] of Object.entries(SCHEMA_VERSIONS)) if (Number(v) <= 5) old.version(Number(v)).stores(schema);
    await old.open();
    for (const [table, rows] of Object.entries(v5)) await old.table(table).bulkAdd(rows as never[]);
    old.close();
    const db = new FluenzrDatabase();
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.contacts.count()).toBe(2);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.syncIds.count()).toBe(0);
    db.close();
  });

  it('records nothing while sync is off', async () => {
    await upsertByEmail(draft());
    expect(await refs()).toEqual([]);
  });

  it('queues every existing row once when turned on, then each change in its own transaction, whichever module wrote it', async () => {
    const created = await upsertByEmail(draft());
    if (created.outcome !== 'created') throw new Error('setup');
    await enableOutbox(getDb());
    const id = created.contact.id;
    expect(await refs()).toEqual([refOf('contacts', id), refOf('history', 1)]);
    await getDb().outbox.clear();
    const group = await createGroup({ name: 'VIP', color: '#6366f1' });
    await eraseContacts([id]);
    const after = await refs();
    expect(after).toContain(refOf('groups', group.id));
    expect(after).toContain(refOf('contacts', id));
    expect(after.some((r) => r.startsWith('suppression:'))).toBe(true);
    await disableOutbox(getDb());
    expect(await refs()).toEqual([]);
  });

  it('a transaction that fails leaves no outbox row; a pulled write leaves none either', async () => {
    await enableOutbox(getDb());
    const db = getDb();
    await expect(
      db.transaction('rw', db.groups, async () => {
        await db.groups.add({ name: 'Lost', color: '#6366f1', createdAt: 1 } as never);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await refs()).toEqual([]);
    await db.transaction('rw', db.groups, async () => {
      markPulled(Dexie.currentTransaction!.idbtrans);
      await db.groups.add({ name: 'From a colleague', color: '#6366f1', createdAt: 1 } as never);
    });
    expect(await refs()).toEqual([]);
  });

  it('a delete is recorded with the key it removed', async () => {
    const created = await upsertByEmail(draft());
    if (created.outcome !== 'created') throw new Error('setup');
    await enableOutbox(getDb());
    await getDb().outbox.clear();
    await deleteContacts([created.contact.id]);
    expect(await refs()).toContain(refOf('contacts', created.contact.id));
  });
});
