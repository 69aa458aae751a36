// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { findByEmail, updateContact, upsertByEmail } from '../../../lib/contacts/repository';
import { capturedBy } from '../../../lib/sync/captured-by';
import { testConnection } from '../../../lib/sync/connection';
import { eraseContacts } from '../../../lib/gdpr/erase';
import { USERS } from '../../support/pouchdb-server';
import { draft } from '../helpers/drafts';
import { serverForThisFile, TestReplica } from './replicas';

// PouchDB's browser build reads `self`; Node's own fetch talks to the server (happy-dom's applies CORS).
vi.hoisted(() => Object.assign(globalThis, { self: globalThis }));

const couch = serverForThisFile();

describe('team sync through pouchdb-server', () => {
  it('a contact created on one machine arrives on the other; an edit and a delete follow', async () => {
    const url = await couch.newTeamDb('team-0');
    const a = new TestReplica('a', 'alice', USERS.alice, url);
    const b = new TestReplica('b', 'bob', USERS.bob, url);
    await a.enable();
    await b.enable();
    const created = await a.as(() => upsertByEmail(draft({ email: 'ana.lopez@example.com' })));
    await a.sync();
    await b.sync();
    const there = await b.as(() => findByEmail('ana.lopez@example.com'));
    expect(there).toMatchObject({ firstName: 'Jane', company: 'Acme' });
    // The capture card says who brought the person into the team's base.
    expect(await capturedBy(b.db, there!.id)).toBe('alice');
    expect(await capturedBy(a.db, (await a.as(() => findByEmail('ana.lopez@example.com')))!.id)).toBeUndefined();
    await b.as(() => updateContact(there!.id, { title: 'CEO' }));
    await b.sync();
    await a.sync();
    expect(await a.as(() => findByEmail('ana.lopez@example.com'))).toMatchObject({ title: 'CEO', editedFields: ['title'] });
    if (created.outcome !== 'created') throw new Error('setup');
    await a.as(() => eraseContacts([created.contact.id]));
    await a.sync();
    await b.sync();
    expect(await b.as(() => findByEmail('ana.lopez@example.com'))).toBeUndefined();
    const again = await b.as(() => upsertByEmail(draft({ email: 'ana.lopez@example.com' })));
    expect(again.outcome).toBe('refused');
    await a.dispose();
    await b.dispose();
  });

  it('the same field edited on both machines while offline: after syncing, both hold the same value, the latest typed one', async () => {
    const url = await couch.newTeamDb('team-1');
    const a = new TestReplica('c', 'alice', USERS.alice, url);
    const b = new TestReplica('d', 'bob', USERS.bob, url);
    await a.enable();
    await b.enable();
    await a.as(() => upsertByEmail(draft({ email: 'offline.both@example.com' })));
    await a.sync();
    await b.sync();
    const onA = (await a.as(() => findByEmail('offline.both@example.com')))!;
    const onB = (await b.as(() => findByEmail('offline.both@example.com')))!;
    await a.as(() => updateContact(onA.id, { title: 'Head of Sales', phone: '+33 1 23 45 67 89' }));
    await new Promise((r) => setTimeout(r, 5));
    await b.as(() => updateContact(onB.id, { title: 'Chief Revenue Officer' }));
    await a.sync();
    await b.sync();
    await a.sync();
    await b.sync();
    const finalA = await a.as(() => findByEmail('offline.both@example.com'));
    const finalB = await b.as(() => findByEmail('offline.both@example.com'));
    expect(finalA).toMatchObject({ title: 'Chief Revenue Officer', phone: '+33 1 23 45 67 89' });
    expect(finalB).toMatchObject({ title: 'Chief Revenue Officer', phone: '+33 1 23 45 67 89' });
    await a.dispose();
    await b.dispose();
  });

  it('one person captured apart on two machines becomes one contact everywhere, typed values kept', async () => {
    const url = await couch.newTeamDb('team-2');
    const a = new TestReplica('e', 'alice', USERS.alice, url);
    const b = new TestReplica('f', 'bob', USERS.bob, url);
    await a.enable();
    await b.enable();
    const onA = await a.as(() => upsertByEmail(draft({ email: 'twice@example.com', title: 'Buyer' })));
    await b.as(() => upsertByEmail(draft({ email: 'twice@example.com', company: 'Acme Europe' })));
    if (onA.outcome !== 'created') throw new Error('setup');
    await a.as(() => updateContact(onA.contact.id, { title: 'Purchasing Director' }));
    for (let i = 0; i < 3; i++) {
      await a.sync();
      await b.sync();
    }
    const finalA = await a.as(() => findByEmail('twice@example.com'));
    const finalB = await b.as(() => findByEmail('twice@example.com'));
    expect(finalA?.title).toBe('Purchasing Director');
    expect(finalB).toMatchObject({ title: finalA?.title, company: finalA?.company });
    expect(await a.db.contacts.count()).toBe(1);
    expect(await b.db.contacts.count()).toBe(1);
    // The server keeps one live contact document for that person.
    const live = await a.remote().allDocs({ include_docs: true });
    expect(live.rows.filter((r) => r.doc?.type === 'contact' && r.doc.body.email === 'twice@example.com')).toHaveLength(1);
    await a.dispose();
    await b.dispose();
  });

  it('the server stopped in the middle of a sync, then restarted: nothing lost, nothing doubled', async () => {
    const url = await couch.newTeamDb('team-3');
    const a = new TestReplica('g', 'alice', USERS.alice, url);
    const b = new TestReplica('h', 'bob', USERS.bob, url);
    await a.enable();
    await b.enable();
    await a.as(async () => {
      for (let i = 0; i < 300; i++) await upsertByEmail(draft({ email: `restart.${i}@example.com` }));
    });
    const round = a.sync().then(
      () => 'done',
      () => 'failed',
    );
    // Stopped once the first documents reached the server, before the last did.
    while ((await couch.docCount('team-3')) === 0) await new Promise((r) => setTimeout(r, 5));
    await couch.stop();
    expect(await round).toBe('failed');
    await couch.start();
    await a.sync();
    await b.sync();
    const emails = (await b.db.contacts.toArray()).map((c) => c.email).filter((e) => e.startsWith('restart.'));
    expect(emails).toHaveLength(300);
    expect(new Set(emails).size).toBe(300);
    expect(await a.db.outbox.count()).toBe(0);
    await a.dispose();
    await b.dispose();
  }, 60_000);

  it('Test connection names the cause: bad credentials, a non-member, a wrong URL, no database, nothing listening, not CouchDB', async () => {
    const creds = { username: 'alice', password: USERS.alice };
    expect(await testConnection(couch.dbUrl, creds)).toMatchObject({ ok: true, user: 'alice' });
    expect(await testConnection(couch.dbUrl, { username: 'alice', password: 'wrong-password' })).toEqual({ ok: false, problem: 'bad_credentials' });
    expect(await testConnection(couch.dbUrl, { username: 'eve', password: USERS.eve })).toMatchObject({ ok: false, problem: 'not_member' });
    expect(await testConnection(`${couch.origin}/nosuchdb`, creds)).toMatchObject({ ok: false, problem: 'no_database' });
    expect(await testConnection('http://127.0.0.1:9/team', creds)).toEqual({ ok: false, problem: 'server_down' });
    expect(await testConnection('http://couch.example.com/team', creds)).toEqual({ ok: false, problem: 'url_not_https' });
    expect(await testConnection('not a url', creds)).toEqual({ ok: false, problem: 'url_invalid' });
    const html = (async () => new Response('<html>hello</html>', { status: 200 })) as typeof fetch;
    expect(await testConnection('https://intranet.example.com/team', creds, html)).toMatchObject({ ok: false, problem: 'not_couchdb' });
  });

  it('a round with bad credentials fails with that cause and keeps every change for the next one', async () => {
    const url = await couch.newTeamDb('team-5');
    const a = new TestReplica('i', 'alice', USERS.alice, url);
    await a.enable();
    await a.as(() => upsertByEmail(draft({ email: 'kept@example.com' })));
    await expect(a.as(() => syncRoundWith(a, 'wrong-password'))).rejects.toMatchObject({ status: 401 });
    await a.sync();
    expect(await a.db.outbox.count()).toBe(0);
    await a.dispose();
  });
});

async function syncRoundWith(replica: TestReplica, password: string) {
  const { syncRound } = await import('../../../lib/sync/round');
  return syncRound(replica.db, replica.local, replica.remote(password), replica.replica);
}
