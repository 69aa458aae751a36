// @vitest-environment node
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findByEmail, updateContact, upsertByEmail } from '../../../lib/contacts/repository';
import { capturedBy } from '../../../lib/sync/captured-by';
import { setLocalPouchFactory } from '../../../lib/sync/pouch';
import { recordPushed } from '../../../lib/sync/switch';
import { pendingTeamSwitch, turnSyncOff, turnSyncOn } from '../../../lib/sync/service';
import { USERS } from '../../support/pouchdb-server';
import { draft } from '../helpers/drafts';
import { serverForThisFile, TestReplica } from './replicas';

vi.hoisted(() => Object.assign(globalThis, { self: globalThis }));

const couch = serverForThisFile();
afterAll(() => {
  setLocalPouchFactory(() => {
    throw new Error('no local mirror outside a test');
  });
});

const contactsOn = async (url: string) =>
  (await new TestReplica('reader', 'bob', USERS.bob, url).remote().allDocs({ include_docs: true })).rows.filter((r) => r.doc?.type === 'contact').map((r) => String(r.doc!.body.email)).sort();

beforeEach(() => {
  // Turning off gives the host permission back.
  fakeBrowser.permissions.remove = (async () => true) as typeof fakeBrowser.permissions.remove;
});

describe('switching teams', () => {
  it('asks first, then drops the old mirror, checkpoints and ids: the contacts stay, become this machine\'s own and go to the new team; the old team keeps its own', async () => {
    const first = await couch.newTeamDb('switch-old');
    const second = await couch.newTeamDb('switch-new');
    const a = new TestReplica('wa', 'alice', USERS.alice, first);
    const b = new TestReplica('wb', 'bob', USERS.bob, first);
    await a.db.kv.put({ key: 'sync.replica', value: a.replica.id });
    setLocalPouchFactory(() => a.openLocal());
    const config = { url: first, username: 'alice', password: USERS.alice };
    await a.as(() => turnSyncOn(config));
    await b.enable();
    await a.as(() => upsertByEmail(draft({ email: 'mine@example.com' })));
    await b.as(() => upsertByEmail(draft({ email: 'bobs@example.com' })));
    for (let i = 0; i < 2; i++) {
      await a.sync();
      await b.sync();
    }
    await recordPushed(a.db, a.local); // as runSyncRound does after a complete round
    const fromBob = (await a.as(() => findByEmail('bobs@example.com')))!;
    expect(await capturedBy(a.db, fromBob.id)).toBe('bob');
    // Same team again (the URL written another way): nothing to ask.
    expect(await a.as(() => pendingTeamSwitch(`${first}/`))).toBeUndefined();
    // One edit mirrored, never sent (the server was not reached), then sync turned off.
    await a.as(() => updateContact(fromBob.id, { title: 'Unsent edit' }));
    await a.as(() => import('../../../lib/sync/mirror').then((m) => m.mirrorOutbox(a.db, a.local, a.replica)));
    await a.as(() => turnSyncOff());

    const move = await a.as(() => pendingTeamSwitch(second));
    // The edit's two documents: the contact and its history entry.
    expect(move).toEqual({ from: first, unsent: 2, contacts: 2, fromColleagues: 1 });
    // Not without the user's yes.
    await expect(a.as(() => turnSyncOn({ ...config, url: second }))).rejects.toThrow('team_switch_unconfirmed');
    expect(await a.db.syncIds.count()).toBeGreaterThan(0);

    await a.as(() => turnSyncOn({ ...config, url: second }, { leaveOldTeam: true }));
    a.openLocal(); // the app opens the mirror anew for each round (openLocalPouch)
    expect(await a.db.kv.get('sync.appliedSeq')).toBeUndefined();
    expect((await a.local.allDocs()).rows.filter((r) => !r.id.startsWith('_'))).toHaveLength(0);
    a.url = second;
    await a.sync();
    // Both contacts, the edit included, went to the new team as this machine's own.
    expect(await contactsOn(second)).toEqual(['bobs@example.com', 'mine@example.com']);
    expect(await capturedBy(a.db, fromBob.id)).toBeUndefined();
    const c = new TestReplica('wc', 'bob', USERS.bob, second);
    await c.enable();
    await c.sync();
    const there = (await c.as(() => findByEmail('bobs@example.com')))!;
    expect(there.title).toBe('Unsent edit');
    expect(await capturedBy(c.db, there.id)).toBe('alice');
    // The old team lost nothing and got nothing from the new one.
    expect(await contactsOn(first)).toEqual(['bobs@example.com', 'mine@example.com']);
    await b.sync();
    expect(await b.db.contacts.count()).toBe(2);
    expect(await a.as(() => pendingTeamSwitch(second))).toBeUndefined();
    for (const m of [a, b, c]) await m.dispose();
  }, 60_000);
});
