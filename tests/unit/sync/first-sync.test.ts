// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createGroup } from '../../../lib/contacts/groups';
import { countByArchived } from '../../../lib/contacts/counts';
import { findByEmail, updateContact, upsertByEmail } from '../../../lib/contacts/repository';
import { eraseContacts } from '../../../lib/gdpr/erase';
import { capturedBy } from '../../../lib/sync/captured-by';
import type { SyncTimings } from '../../../lib/sync/timings';
import { emailHash } from '../../../lib/gdpr/hash';
import { USERS } from '../../support/pouchdb-server';
import { draft } from '../helpers/drafts';
import { serverForThisFile, TestReplica } from './replicas';

// PouchDB's browser build reads `self`; Node's own fetch talks to the server (happy-dom's applies CORS).
vi.hoisted(() => Object.assign(globalThis, { self: globalThis }));

const couch = serverForThisFile();

const PEOPLE = 40;

/**
 * The first sync into a new, empty profile takes a shorter path (apply.ts:
 * no lookup of local contacts, none can exist) and the same rules: the
 * suppression list, one contact per address, groups mapped, nothing echoed.
 */
describe('first sync of a team base into a new profile', () => {
  it('brings every contact with its group and colleague, refuses an address erased here, merges one person captured twice, and sends nothing back', async () => {
    const url = await couch.newTeamDb('first-0');
    const a = new TestReplica('first-a', 'alice', USERS.alice, url);
    const c = new TestReplica('first-c', 'alice', USERS.alice, url);
    const b = new TestReplica('first-b', 'bob', USERS.bob, url);
    await a.enable();
    await c.enable();
    await a.as(async () => {
      const group = await createGroup({ name: 'Prospects', color: '#6366f1' });
      for (let i = 0; i < PEOPLE; i++) {
        const made = await upsertByEmail(draft({ email: `person.${i}@example.com`, lastName: `Person ${i}` }));
        if (made.outcome !== 'created') throw new Error('setup');
        if (i < 5) await updateContact(made.contact.id, { groupIds: [group.id] });
      }
    });
    // One person captured apart on another machine, never synced with A's copy yet.
    await c.as(() => upsertByEmail(draft({ email: 'person.7@example.com', company: 'Acme Europe' })));
    await a.sync();
    await c.sync();
    // B erased person.3 before it joined the team: its base holds no contact, only that erasure.
    await b.as(async () => {
      const made = await upsertByEmail(draft({ email: 'person.3@example.com' }));
      if (made.outcome !== 'created') throw new Error('setup');
      await eraseContacts([made.contact.id]);
    });
    expect(await b.db.contacts.count()).toBe(0);
    const server = a.remote();
    const before = new Map((await server.allDocs()).rows.map((r) => [r.id, r.value.rev]));

    await b.enable();
    const timings = recordTimings();
    const report = await b.sync();
    // Taken as the replicator wrote them (fresh-batches.ts), not read back from the local mirror.
    expect(timings['apply.fresh']?.items).toBeGreaterThanOrEqual(PEOPLE + 2);
    // Read back: only the delete this apply wrote itself (the address erased here).
    expect(timings['apply.read']?.items ?? 0).toBe(1);
    stopTimings();

    const emails = (await b.db.contacts.toArray()).map((x) => x.email).sort();
    const expected = Array.from({ length: PEOPLE }, (_, i) => `person.${i}@example.com`).filter((e) => e !== 'person.3@example.com').sort();
    expect(emails).toEqual(expected);
    expect(report.refused).toBe(1);
    // The counters the screens read agree with the rows.
    expect(await countByArchived(b.db, 0)).toBe(PEOPLE - 1);
    const inGroup = await b.as(() => findByEmail('person.0@example.com'));
    const bGroup = await b.db.groups.where('name').equals('Prospects').first();
    expect(inGroup?.groupIds).toEqual([bGroup!.id]);
    expect(await capturedBy(b.db, inGroup!.id)).toBe('alice');
    // Created on two machines: one contact (the emails above hold it once), whose captured fields are C's, the later capture.
    expect(await b.as(() => findByEmail('person.7@example.com'))).toMatchObject({ company: 'Acme Europe', lastName: 'Doe' });
    // Nothing echoed: A's contact documents are as A wrote them, B's outbox is empty.
    expect(await b.db.outbox.count()).toBe(0);
    const after = new Map((await server.allDocs()).rows.map((r) => [r.id, r.value.rev]));
    const untouched = [...before].filter(([id]) => after.get(id) === before.get(id));
    expect(untouched.length).toBeGreaterThanOrEqual(PEOPLE - 2);
    // The erased person's document is gone from the team's base.
    const live = await server.allDocs({ include_docs: true });
    expect(live.rows.filter((r) => r.doc?.type === 'contact' && r.doc.body.email === 'person.3@example.com')).toHaveLength(0);
    // A second round changes nothing.
    const again = await b.sync();
    expect(again).toMatchObject({ applied: 0, refused: 0 });
    expect(await b.db.contacts.count()).toBe(PEOPLE - 1);
    for (const r of [a, b, c]) await r.dispose();
  }, 60_000);

  it('into a profile holding contacts of its own: taken as written, merged with the local person of the same address, an address unsubscribed here kept for the user', async () => {
    const url = await couch.newTeamDb('first-1');
    const a = new TestReplica('first-d', 'alice', USERS.alice, url);
    const b = new TestReplica('first-e', 'bob', USERS.bob, url);
    await a.enable();
    await a.as(async () => {
      for (let i = 0; i < 10; i++) await upsertByEmail(draft({ email: `team.${i}@example.com`, title: 'Captured by Alice' }));
    });
    await a.sync();
    // B, before joining: the same person as A's team.2, a title typed by hand; and team.5 unsubscribed here.
    await b.as(async () => {
      const made = await upsertByEmail(draft({ email: 'team.2@example.com', company: 'Typed Company' }));
      if (made.outcome !== 'created') throw new Error('setup');
      await updateContact(made.contact.id, { title: 'Typed on B' });
      await b.db.suppression.put({ hash: await emailHash('team.5@example.com'), reason: 'unsubscribed', at: Date.now() });
    });
    await b.enable();
    const timings = recordTimings();
    const report = await b.sync();
    expect(timings['apply.fresh']?.items).toBeGreaterThanOrEqual(10);
    stopTimings();
    expect(await b.db.contacts.count()).toBe(9);
    expect(await b.as(() => findByEmail('team.2@example.com'))).toMatchObject({ title: 'Typed on B', company: 'Typed Company' });
    expect(await b.as(() => findByEmail('team.5@example.com'))).toBeUndefined();
    expect(report.unsettled.map((u) => u.reason)).toContain('unsubscribed_here');
    // The merged person goes back to the team once, as one document; A sees B's typed title.
    await b.sync();
    await a.sync();
    expect(await a.as(() => findByEmail('team.2@example.com'))).toMatchObject({ title: 'Typed on B' });
    const people = (await a.remote().allDocs({ include_docs: true })).rows.filter((r) => r.doc?.type === 'contact' && r.doc.body.email === 'team.2@example.com');
    expect(people).toHaveLength(1);
    expect(await a.db.contacts.count()).toBe(10);
    for (const r of [a, b]) await r.dispose();
  }, 60_000);
});

function recordTimings(): SyncTimings {
  const timings: SyncTimings = {};
  (globalThis as { __fluenzrSyncTimings?: SyncTimings }).__fluenzrSyncTimings = timings;
  return timings;
}

function stopTimings(): void {
  delete (globalThis as { __fluenzrSyncTimings?: SyncTimings }).__fluenzrSyncTimings;
}
