// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { archiveContacts, unarchiveContacts } from '../../../lib/contacts/archive';
import { bulkUpsert } from '../../../lib/contacts/bulk-upsert';
import { planUsage } from '../../../lib/contacts/plan';
import { findByEmail, upsertByEmail } from '../../../lib/contacts/repository';
import { DEFAULT_SETTINGS, PLAN_LIMITS } from '../../../lib/model';
import { USERS } from '../../support/pouchdb-server';
import { draft } from '../helpers/drafts';
import { serverForThisFile, TestReplica } from './replicas';

vi.hoisted(() => Object.assign(globalThis, { self: globalThis }));

const couch = serverForThisFile();

const importOn = (m: TestReplica, prefix: string, count: number) =>
  m.as(() =>
    bulkUpsert(
      Array.from({ length: count }, (_, i) => ({ line: i + 2, draft: draft({ email: `${prefix}.${i}@example.com` }) })),
      { policy: 'fill', settings: DEFAULT_SETTINGS, origin: `${prefix}.csv` },
    ),
  );

describe('the Free plan counts the team\'s base', () => {
  it('colleagues\' contacts are all kept and counted; beyond the limit this machine\'s captures, imports and unarchives are refused', async () => {
    const limit = PLAN_LIMITS.free!;
    const url = await couch.newTeamDb('plan');
    const a = new TestReplica('pa', 'alice', USERS.alice, url);
    const b = new TestReplica('pb', 'bob', USERS.bob, url);
    await a.enable();
    await b.enable();
    // Each machine alone is under the limit; together they are over it.
    expect((await importOn(a, 'alice', 200)).created).toBe(200);
    expect((await importOn(b, 'bob', 140)).created).toBe(140);
    const archived = (await b.as(() => findByEmail('bob.0@example.com')))!;
    await b.as(() => archiveContacts([archived.id]));
    for (let i = 0; i < 2; i++) {
      await a.sync();
      await b.sync();
    }
    // Nothing a colleague brought is dropped: the team's base is over the Free plan on both machines.
    for (const m of [a, b]) {
      expect(await m.db.contacts.count()).toBe(340);
      expect(await m.as(() => planUsage(m.db, 'free'))).toEqual({ plan: 'free', used: 339, limit });
    }
    // Local additions are refused with the usual plan message.
    expect(await a.as(() => upsertByEmail(draft({ email: 'one.more@example.com' })))).toMatchObject({ outcome: 'refused', reason: 'plan_limit' });
    const imported = await importOn(b, 'late', 3);
    expect(imported.created).toBe(0);
    expect(imported.overLimit).toHaveLength(3);
    const onA = (await a.as(() => findByEmail('bob.0@example.com')))!;
    expect(onA.archived).toBe(1);
    await expect(a.as(() => unarchiveContacts([onA.id]))).rejects.toMatchObject({ code: 'plan_limit' });
    // Edits and archives still work, and archiving makes room again.
    const toArchive = (await a.db.contacts.where('email').startsWith('alice.').limit(40).primaryKeys()) as number[];
    await a.as(() => archiveContacts(toArchive));
    expect(await a.as(() => upsertByEmail(draft({ email: 'one.more@example.com' })))).toMatchObject({ outcome: 'created' });
    await a.dispose();
    await b.dispose();
  }, 90_000);
});
