// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { findByEmail, updateContact, upsertByEmail } from '../../../lib/contacts/repository';
import { APPLIED_SEQ_KEY } from '../../../lib/sync/apply';
import type { FieldClock } from '../../../lib/sync/merge';
import { unpackClock, type PackedClock } from '../../../lib/sync/packed-clock';
import { USERS } from '../../support/pouchdb-server';
import { draft } from '../helpers/drafts';
import { serverForThisFile, TestReplica } from './replicas';

// PouchDB's browser build reads `self`; Node's own fetch talks to the server (happy-dom's applies CORS).
vi.hoisted(() => Object.assign(globalThis, { self: globalThis }));

const couch = serverForThisFile();

type ServerDoc = { _id: string; _rev: string; type: string; body: Record<string, unknown>; ck?: PackedClock; clock?: Record<string, FieldClock>; by: string; w: string };

/** The contact document of `email` on the server. */
async function serverDoc(a: TestReplica, email: string): Promise<ServerDoc> {
  const all = await a.remote().allDocs({ include_docs: true });
  const row = all.rows.find((r) => (r.doc as unknown as ServerDoc | undefined)?.body?.email === email);
  if (!row) throw new Error(`no document for ${email}`);
  return row.doc as unknown as ServerDoc;
}

/** The same revision as the previous version wrote it: one clock entry per field, no `ck`. */
function previousFormat(doc: ServerDoc): ServerDoc {
  const { ck, ...rest } = doc;
  return { ...rest, clock: unpackClock(ck ?? []) };
}

describe('document format: packed clocks, previous documents still read', () => {
  it('writes one clock entry per edit, and reads, merges and converges with documents of the previous version', async () => {
    const url = await couch.newTeamDb('format-0');
    const a = new TestReplica('format-a', 'alice', USERS.alice, url);
    const b = new TestReplica('format-b', 'bob', USERS.bob, url);
    await a.enable();
    await a.as(() => upsertByEmail(draft({ email: 'old.format@example.com' })));
    await a.sync();
    const written = await serverDoc(a, 'old.format@example.com');
    // Every field of a capture shares one entry: the replica id is written once.
    expect(written.clock).toBeUndefined();
    expect(written.ck).toHaveLength(1);
    expect(written.ck![0]!.slice(0, 3)).toEqual([expect.any(Number), a.replica.id, 0]);
    expect(written.ck![0]!.slice(3)).toEqual(Object.keys(written.body).sort());

    // A colleague still on the previous version edits the title: its revision carries `clock`.
    const old = previousFormat(written);
    const later = Date.now() + 1000;
    const put = await a.remote().put({ ...old, body: { ...old.body, title: 'Old version title' }, clock: { ...old.clock, title: [later, 'replica-old', 1] }, w: 'replica-old' } as never);
    // Meanwhile A edits the phone offline, on top of its own (packed) revision: a conflict.
    const onA = (await a.as(() => findByEmail('old.format@example.com')))!;
    await a.as(() => updateContact(onA.id, { phone: '+33 6 12 34 56 78' }));
    await a.sync();
    await a.sync();
    expect(await a.as(() => findByEmail('old.format@example.com'))).toMatchObject({ title: 'Old version title', phone: '+33 6 12 34 56 78' });

    // A new profile's first sync reads it, whatever version wrote the winner.
    await b.enable();
    await b.sync();
    expect(await b.as(() => findByEmail('old.format@example.com'))).toMatchObject({ title: 'Old version title', phone: '+33 6 12 34 56 78' });
    const merged = await serverDoc(a, 'old.format@example.com');
    expect(merged._rev).not.toBe(put.rev);
    expect(unpackClock(merged.ck!).title).toEqual([later, 'replica-old', 1]);
    expect((await a.remote().get(merged._id, { conflicts: true }))._conflicts).toBeUndefined();
    await a.dispose();
    await b.dispose();
  });

  it('a first sync of previous-version documents only: every contact arrives with its fields', async () => {
    const url = await couch.newTeamDb('format-1');
    const a = new TestReplica('format-c', 'alice', USERS.alice, url);
    const b = new TestReplica('format-d', 'bob', USERS.bob, url);
    await a.enable();
    for (const i of [1, 2, 3]) await a.as(() => upsertByEmail(draft({ email: `previous.${i}@example.com`, company: `Company ${i}` })));
    await a.sync();
    // Rewrite every document on the server as the previous version stored it.
    const all = await a.remote().allDocs({ include_docs: true });
    await a.remote().bulkDocs(all.rows.map((r) => previousFormat(r.doc as unknown as ServerDoc)) as never);
    expect(((await a.remote().allDocs({ include_docs: true })).rows[0]!.doc as unknown as ServerDoc).ck).toBeUndefined();
    await b.enable();
    await b.sync();
    for (const i of [1, 2, 3]) expect(await b.as(() => findByEmail(`previous.${i}@example.com`))).toMatchObject({ company: `Company ${i}`, firstName: 'Jane' });
    // An edit on B over a previous-version document keeps the other fields' clocks and packs them.
    const there = (await b.as(() => findByEmail('previous.2@example.com')))!;
    await b.as(() => updateContact(there.id, { title: 'CFO' }));
    await b.sync();
    const doc = await serverDoc(a, 'previous.2@example.com');
    const clock = unpackClock(doc.ck!);
    expect(clock.title![1]).toBe(b.replica.id);
    expect(clock.company![1]).toBe(a.replica.id);
    await a.sync();
    expect(await a.as(() => findByEmail('previous.2@example.com'))).toMatchObject({ title: 'CFO', company: 'Company 2' });
    await a.dispose();
    await b.dispose();
  });
});

describe("the mirror's own writes are not read back", () => {
  it('a round moves the applied sequence past its own writes unread, and still applies a colleague change pulled before them', async () => {
    const url = await couch.newTeamDb('own-0');
    const a = new TestReplica('own-a', 'alice', USERS.alice, url);
    const b = new TestReplica('own-b', 'bob', USERS.bob, url);
    await a.enable();
    await b.enable();
    for (let i = 0; i < 30; i++) await a.as(() => upsertByEmail(draft({ email: `own.${i}@example.com` })));
    const changes = vi.spyOn(a.local, 'changes');
    await a.sync();
    // The apply's reads (the replicator reads the feed too, without documents' conflicts).
    const applyReads = changes.mock.results.filter((_, i) => (changes.mock.calls[i]![0] as { conflicts?: boolean } | undefined)?.conflicts);
    expect(applyReads.length).toBeGreaterThan(0);
    const read = await Promise.all(applyReads.map((r) => r.value as Promise<{ results: unknown[] }>));
    expect(read.reduce((n, feed) => n + feed.results.length, 0)).toBe(0);
    expect((await a.db.kv.get(APPLIED_SEQ_KEY))?.value).toBe((await a.local.info()).update_seq);
    changes.mockRestore();

    await b.sync();
    const onB = (await b.as(() => findByEmail('own.4@example.com')))!;
    await b.as(() => updateContact(onB.id, { title: 'Pulled before the write' }));
    await b.sync();
    // A's replicator brings B's edit into its mirror, unapplied; then A writes its own change: it must not skip B's.
    await a.local.replicate.from(a.remote());
    const mine = (await a.as(() => findByEmail('own.9@example.com')))!;
    await a.as(() => updateContact(mine.id, { title: 'Mine' }));
    await a.sync();
    expect(await a.as(() => findByEmail('own.4@example.com'))).toMatchObject({ title: 'Pulled before the write' });
    await b.sync();
    expect(await b.as(() => findByEmail('own.9@example.com'))).toMatchObject({ title: 'Mine' });
    await a.dispose();
    await b.dispose();
  });
});
