// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findByEmail, updateContact, upsertByEmail } from '../../../lib/contacts/repository';
import { eraseContacts } from '../../../lib/gdpr/erase';
import { TestCouch, USERS } from '../../support/pouchdb-server';
import { draft } from '../helpers/drafts';
import { TestReplica } from './replicas';

// PouchDB's browser build reads `self`; Node's own fetch talks to the server (happy-dom's applies CORS).
vi.hoisted(() => Object.assign(globalThis, { self: globalThis }));

const couch = new TestCouch();

beforeAll(async () => {
  await couch.start();
  await couch.setUp();
}, 30_000);

afterAll(async () => {
  await couch.dispose();
});

describe('team sync through pouchdb-server', () => {
  it('a contact created on one machine arrives on the other; an edit and a delete follow', async () => {
    const a = new TestReplica('a', 'alice', USERS.alice, couch.dbUrl);
    const b = new TestReplica('b', 'bob', USERS.bob, couch.dbUrl);
    await a.enable();
    await b.enable();
    const created = await a.as(() => upsertByEmail(draft({ email: 'ana.lopez@example.com' })));
    await a.sync();
    await b.sync();
    const there = await b.as(() => findByEmail('ana.lopez@example.com'));
    expect(there).toMatchObject({ firstName: 'Jane', company: 'Acme' });
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
});
