import { describe, expect, it } from 'vitest';
import { backupParts } from '../../../lib/backup/create';
import { applyRestore, prepareRestore, type RestoreMode } from '../../../lib/backup/restore';
import { archiveContacts, unarchiveContacts } from '../../../lib/contacts/archive';
import { bulkUpdate } from '../../../lib/contacts/bulk';
import { bulkUpsert, type BulkItem } from '../../../lib/contacts/bulk-upsert';
import { contactHistory } from '../../../lib/contacts/history';
import { completePending, savePending } from '../../../lib/contacts/pending';
import { deleteContacts, findByEmail, updateContact, upsertByEmail } from '../../../lib/contacts/repository';
import { getDb } from '../../../lib/db/database';
import { eraseContacts } from '../../../lib/gdpr/erase';
import { emailHash } from '../../../lib/gdpr/hash';
import { liftSuppression } from '../../../lib/gdpr/suppression';
import { DEFAULT_SETTINGS, type Contact, type ContactDraft, type Status } from '../../../lib/model';
import { saveSettings } from '../../../lib/settings/store';
import { applyThreadStatuses } from '../../../lib/status/auto-status';
import { undoAutoStatus } from '../../../lib/status/undo';
import { draft } from '../helpers/drafts';
import { seedPlainContacts } from '../helpers/seed';

/**
 * Every write path through every rule of lib/contacts/rules.ts. A path a
 * rule does not apply to is run too, to show the rule does not get in its way.
 */

const EMAIL = 'jane.doe@acme.com';
const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTzwJkSmsKqdXbLlqhZnVqKrN';
const PROFILE_URL = 'https://www.linkedin.com/in/jane-doe';
const importSource = { method: 'import' as const, where: 'leads.csv', at: 1 };
const row = (email: string, extra: Partial<ContactDraft> = {}, line = 2): BulkItem => ({ draft: { email, source: importSource, ...extra }, line });
const importRows = (items: BulkItem[], policy: 'skip' | 'fill' | 'overwrite' = 'overwrite') => bulkUpsert(items, { policy, settings: DEFAULT_SETTINGS, origin: 'leads.csv' });

async function suppressed(email: string) {
  return (await getDb().suppression.get(await emailHash(email)))?.reason;
}
async function seedJane(extra: Partial<ContactDraft> = {}): Promise<Contact> {
  const result = await upsertByEmail(draft(extra));
  if (result.outcome !== 'created') throw new Error(`setup: ${result.outcome}`);
  return result.contact;
}
/** A backup of the base as it is now, as restore reads it. */
async function backupNow(): Promise<unknown> {
  return JSON.parse((await backupParts()).join(''));
}
async function restore(file: unknown, mode: RestoreMode) {
  return applyRestore(await prepareRestore(file, mode));
}
async function pendingJane() {
  await savePending({ profile: { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', title: 'CEO', linkedinUrl: PROFILE_URL }, sourceUrl: `${PROFILE_URL}/`, method: 'linkedin' });
}
const janeStatus = async () => (await findByEmail(EMAIL))?.status;

describe('rule 2: a suppressed address is refused on every path that brings one in', () => {
  it.each([
    ['capture', async () => expect(await upsertByEmail(draft())).toMatchObject({ outcome: 'refused', reason: 'suppressed', suppressedAs: 'erased' })],
    ['manual add', async () => expect(await upsertByEmail(draft({ source: { method: 'manual', where: 'manual', at: 1 } }), { policy: 'skip', manual: true })).toMatchObject({ outcome: 'refused', reason: 'suppressed' })],
    [
      'edit (the email changed into a suppressed one)',
      async () => {
        const [id] = await seedPlainContacts(1);
        await expect(updateContact(id!, { email: EMAIL })).rejects.toMatchObject({ code: 'suppressed' });
      },
    ],
    ['import chunk', async () => expect((await importRows([row(EMAIL)])).suppressed).toEqual([{ line: 2, email: EMAIL }])],
    [
      '"To complete" completion (the profile keeps waiting)',
      async () => {
        await pendingJane();
        expect(await completePending(PROFILE_URL, EMAIL)).toMatchObject({ outcome: 'refused', reason: 'suppressed' });
        expect(await getDb().pending.count()).toBe(1);
      },
    ],
  ])('%s', async (_path, run) => {
    await getDb().suppression.add({ hash: await emailHash(EMAIL), reason: 'erased', at: 1 });
    await run();
    expect(await findByEmail(EMAIL)).toBeUndefined();
  });

  it.each(['merge', 'replace'] as const)('restore (%s): a backup prepared before an erasure and applied after it does not bring the person back', async (mode) => {
    await seedJane();
    await upsertByEmail(draft({ email: 'kept@acme.com' }));
    const file = await backupNow();
    await deleteContacts((await getDb().contacts.toCollection().primaryKeys()) as number[]);
    const prepared = await prepareRestore(file, mode);
    expect(prepared.report).toMatchObject({ ok: true, toWrite: { contacts: 2 }, conflicts: { suppressed: 0 } });
    // Meanwhile the person is captured again and erases their data.
    await eraseContacts([(await seedJane()).id]);
    expect(await applyRestore(prepared)).toEqual({ restored: 1, suppressed: 1 });
    expect(await findByEmail(EMAIL)).toBeUndefined();
    expect(await findByEmail('kept@acme.com')).toBeDefined();
    expect(await suppressed(EMAIL)).toBe('erased');
  });

  it.each(['merge', 'replace'] as const)('restore (%s): a contact whose hash is in the backup\'s own suppression list is never restored', async (mode) => {
    await seedJane();
    const file = (await backupNow()) as { data: { suppression: unknown[] } };
    file.data.suppression.push({ hash: await emailHash(EMAIL), reason: 'erased', at: 5 });
    await deleteContacts([(await findByEmail(EMAIL))!.id]);
    const prepared = await prepareRestore(file, mode);
    expect(prepared.report.conflicts.suppressed).toBe(1);
    await applyRestore(prepared);
    expect(await findByEmail(EMAIL)).toBeUndefined();
    expect(await suppressed(EMAIL)).toBe('erased');
  });

  it.each([
    ['bulk tag', (c: Contact) => bulkUpdate([c.id], { kind: 'addTag', tag: 'met' })],
    ['archive', (c: Contact) => archiveContacts([c.id])],
    ['edit of another field', (c: Contact) => updateContact(c.id, { title: 'CFO' })],
  ])('does not block %s of a suppressed (unsubscribed) contact on file', async (_path, run) => {
    const jane = await seedJane();
    await updateContact(jane.id, { status: 'Unsubscribed' });
    await run(jane);
    expect((await contactHistory(getDb(), jane.id)).length).toBeGreaterThan(2);
  });
});

describe('rule 3: Unsubscribed → Active or Replied only with a recorded new consent', () => {
  /** An Unsubscribed contact, with or without its suppression entry (one from before the list existed). */
  async function unsubscribedJane(withEntry: boolean): Promise<Contact> {
    const jane = await seedJane({ title: 'VP Sales' });
    await updateContact(jane.id, { status: 'Unsubscribed' });
    if (!withEntry) await getDb().suppression.clear();
    return (await findByEmail(EMAIL))!;
  }

  it.each([true, false])('edit without consent is refused, with it the consent is recorded and the unsubscribe lifted (entry: %s)', async (withEntry) => {
    const jane = await unsubscribedJane(withEntry);
    await expect(updateContact(jane.id, { status: 'Active' })).rejects.toMatchObject({ code: 'consent_required' });
    await expect(updateContact(jane.id, { status: 'Replied', title: 'CEO' })).rejects.toMatchObject({ code: 'consent_required' });
    expect(await findByEmail(EMAIL)).toMatchObject({ status: 'Unsubscribed', title: 'VP Sales' });
    const after = await updateContact(jane.id, { status: 'Active' }, 'manual', { newConsent: { note: 'Phone call 12/01' } });
    expect(after).toMatchObject({ status: 'Active', consent: { basis: 'consent', note: 'Phone call 12/01' } });
    expect(await suppressed(EMAIL)).toBeUndefined();
  });

  it.each([true, false])('bulk "Set status → Active" keeps it Unsubscribed and counts it (entry: %s)', async (withEntry) => {
    const jane = await unsubscribedJane(withEntry);
    const [other] = await seedPlainContacts(1, () => ({ status: 'Bounced' }));
    expect(await bulkUpdate([jane.id, other!], { kind: 'setStatus', status: 'Active' })).toEqual({ changed: 1, needConsent: 1 });
    expect(await janeStatus()).toBe('Unsubscribed');
    if (withEntry) expect(await suppressed(EMAIL)).toBe('unsubscribed');
  });

  it.each([true, false])('import "Overwrite with the file" with a status column keeps it Unsubscribed (entry: %s)', async (withEntry) => {
    await unsubscribedJane(withEntry);
    const report = await importRows([row(EMAIL, { status: 'Active', title: 'CEO' })], 'overwrite');
    expect(await janeStatus()).toBe('Unsubscribed');
    expect((await findByEmail(EMAIL))!.consent.basis).not.toBe('consent');
    if (withEntry) expect(report.suppressed).toHaveLength(1);
    else expect(report.needConsent).toEqual([{ line: 2, email: EMAIL }]);
  });

  it('capture (a draft carrying a status) keeps it Unsubscribed', async () => {
    await unsubscribedJane(false);
    const result = await upsertByEmail(draft({ status: 'Active' }), { policy: 'overwrite' });
    expect(result).toMatchObject({ outcome: 'unchanged', conflicts: { status: ['Unsubscribed', 'Active'] } });
    expect(await janeStatus()).toBe('Unsubscribed');
  });

  it('an automatic Replied from Gmail never reopens an unsubscribe', async () => {
    await unsubscribedJane(false);
    await saveSettings({ autoStatusFromGmail: true });
    expect(await applyThreadStatuses({ people: [{ email: EMAIL, role: 'sender' }], bounces: [] }, THREAD)).toEqual([]);
    expect(await janeStatus()).toBe('Unsubscribed');
  });

  it.each(['merge', 'replace'] as const)('restore (%s) of a backup where the contact was still Active leaves it Unsubscribed', async (mode) => {
    await seedJane();
    const file = await backupNow();
    await updateContact((await findByEmail(EMAIL))!.id, { status: 'Unsubscribed' });
    const prepared = await prepareRestore(file, mode);
    expect(prepared.report.conflicts.suppressed).toBe(1);
    await applyRestore(prepared);
    const after = await findByEmail(EMAIL);
    // Merge keeps the contact here; replace leaves the unsubscribed person out.
    if (mode === 'merge') expect(after?.status).toBe('Unsubscribed');
    else expect(after).toBeUndefined();
    expect(await suppressed(EMAIL)).toBe('unsubscribed');
  });
});

describe('rule 4: the Free plan holds 300 live contacts, on every path', () => {
  const full = () => seedPlainContacts(300);
  it.each([
    ['capture', async () => expect(await upsertByEmail(draft())).toMatchObject({ outcome: 'refused', reason: 'plan_limit' })],
    ['manual add', async () => expect(await upsertByEmail(draft(), { policy: 'skip', manual: true })).toMatchObject({ outcome: 'refused', reason: 'plan_limit' })],
    ['import chunk', async () => expect((await importRows([row(EMAIL)])).overLimit).toEqual([{ line: 2, email: EMAIL }])],
    [
      '"To complete" completion',
      async () => {
        await pendingJane();
        expect(await completePending(PROFILE_URL, EMAIL)).toMatchObject({ outcome: 'refused', reason: 'plan_limit' });
        expect(await getDb().pending.count()).toBe(1);
      },
    ],
  ])('%s', async (_path, run) => {
    await full();
    await run();
    expect(await findByEmail(EMAIL)).toBeUndefined();
  });

  it('unarchive of one contact over the limit', async () => {
    const [old] = await seedPlainContacts(1, () => ({ email: 'old@acme.com', archived: 1 }));
    await full();
    await expect(unarchiveContacts([old!])).rejects.toMatchObject({ code: 'plan_limit' });
    await expect(bulkUpdate([old!], { kind: 'unarchive' })).rejects.toMatchObject({ code: 'plan_limit' });
  });

  it('two concurrent bulk unarchives cannot pass it together (the check reads the counter inside the write)', async () => {
    await seedPlainContacts(200);
    const a = await seedPlainContacts(75, (i) => ({ email: `a${i}@old.com`, archived: 1 }));
    const b = await seedPlainContacts(75, (i) => ({ email: `b${i}@old.com`, archived: 1 }));
    const results = await Promise.allSettled([bulkUpdate(a, { kind: 'unarchive' }), bulkUpdate(b, { kind: 'unarchive' })]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await getDb().contacts.where('archived').equals(0).count()).toBe(275);
  });

  it('restore (merge) of one more live contact is blocked in the dry run, and refused whole if the base filled up since', async () => {
    await seedJane();
    const file = await backupNow();
    await deleteContacts([(await findByEmail(EMAIL))!.id]);
    const prepared = await prepareRestore(file, 'merge');
    expect(prepared.report.ok).toBe(true);
    await full();
    await expect(applyRestore(prepared)).rejects.toMatchObject({ code: 'plan_limit' });
    expect(await findByEmail(EMAIL)).toBeUndefined();
    expect((await prepareRestore(file, 'merge')).report.ok).toBe(false);
  });

  it.each([
    ['edit', (id: number) => updateContact(id, { title: 'CFO' })],
    ['bulk status', (id: number) => bulkUpdate([id], { kind: 'setStatus', status: 'Blocked' })],
    ['archive', (id: number) => archiveContacts([id])],
  ])('at the limit, %s still works', async (_path, run) => {
    const [id] = await full();
    await run(id!);
    expect((await contactHistory(getDb(), id!)).length).toBe(1);
  });
});

describe('rule 5: a value the user typed is never overwritten by a capture', () => {
  it.each([
    ['capture', () => upsertByEmail(draft({ title: 'CEO', phone: '+33 6 12 34 56 78' }))],
    [
      '"To complete" completion',
      async () => {
        await savePending({ profile: { fullName: 'Jane Doe', title: 'CEO', phone: '+33 6 12 34 56 78', linkedinUrl: PROFILE_URL }, sourceUrl: `${PROFILE_URL}/`, method: 'linkedin' });
        return completePending(PROFILE_URL, EMAIL);
      },
    ],
    ['import (fill)', () => importRows([row(EMAIL, { title: 'CEO', phone: '+33 6 12 34 56 78' })], 'fill')],
  ])('%s', async (_path, run) => {
    const jane = await seedJane();
    await updateContact(jane.id, { title: 'Head of Sales' });
    await run();
    expect(await findByEmail(EMAIL)).toMatchObject({ title: 'Head of Sales', phone: '+33 6 12 34 56 78' });
  });

  it('import "Overwrite with the file" is the user\'s explicit choice: it overwrites', async () => {
    const jane = await seedJane();
    await updateContact(jane.id, { title: 'Head of Sales' });
    await importRows([row(EMAIL, { title: 'CEO' })], 'overwrite');
    expect((await findByEmail(EMAIL))!.title).toBe('CEO');
  });
});

describe('rule 7: every path writes the history', () => {
  it.each<[string, (jane: Contact) => Promise<unknown>, string[]]>([
    ['re-capture', () => upsertByEmail(draft({ phone: '+33 6 12 34 56 78' })), ['recaptured', 'captured']],
    ['edit', (j) => updateContact(j.id, { title: 'CFO', stage: 'Qualified' }), ['edited', 'stage', 'captured']],
    ['bulk stage', (j) => bulkUpdate([j.id], { kind: 'setStage', stage: 'Won' }), ['stage', 'captured']],
    ['bulk tag', (j) => bulkUpdate([j.id], { kind: 'addTag', tag: 'met' }), ['edited', 'captured']],
    ['import chunk', () => importRows([row(EMAIL, { title: 'CFO' })]), ['imported', 'captured']],
    ['archive, unarchive', async (j) => (await archiveContacts([j.id]), unarchiveContacts([j.id])), ['unarchived', 'archived', 'captured']],
    ['unsubscribe', (j) => updateContact(j.id, { status: 'Unsubscribed' }), ['status', 'captured']],
    ['lift an unsubscribe', async (j) => (await updateContact(j.id, { status: 'Unsubscribed' }), liftSuppression(EMAIL, { consentConfirmed: true, note: 'asked again' })), ['edited', 'status', 'captured']],
    [
      'automatic status and its undo',
      async () => {
        await saveSettings({ autoStatusFromGmail: true });
        const [change] = await applyThreadStatuses({ people: [], bounces: [EMAIL] }, THREAD);
        return undoAutoStatus(change!.historyId);
      },
      ['status', 'status', 'captured'],
    ],
  ])('%s', async (_path, run, kinds) => {
    const jane = await seedJane();
    await new Promise((r) => setTimeout(r, 2));
    await run(jane);
    expect((await contactHistory(getDb(), jane.id)).map((h) => h.kind)).toEqual(kinds);
  });

  it('restore brings each contact back with its own history; erase removes it', async () => {
    const jane = await seedJane();
    await updateContact(jane.id, { title: 'CFO' });
    const file = await backupNow();
    await restore(file, 'replace');
    expect((await contactHistory(getDb(), jane.id)).map((h) => h.kind)).toEqual(['edited', 'captured']);
    await eraseContacts([jane.id]);
    expect(await getDb().history.count()).toBe(0);
  });
});

describe('rule 8: an Unsubscribed contact puts its address on the suppression list, on every path', () => {
  it.each<[string, () => Promise<unknown>]>([
    ['edit', async () => updateContact((await seedJane()).id, { status: 'Unsubscribed' })],
    ['bulk "Set status → Unsubscribed"', async () => bulkUpdate([(await seedJane()).id], { kind: 'setStatus', status: 'Unsubscribed' })],
    ['manual add with that status', () => upsertByEmail(draft({ status: 'Unsubscribed' }), { policy: 'skip', manual: true })],
    ['import of a new row with that status', () => importRows([row(EMAIL, { status: 'Unsubscribed' })], 'fill')],
    ['import overwriting a contact on file', async () => (await seedJane(), importRows([row(EMAIL, { status: 'Unsubscribed' })], 'overwrite'))],
    [
      'restore of an Unsubscribed contact from a file without its entry',
      async () => {
        await updateContact((await seedJane()).id, { status: 'Unsubscribed' });
        // A file without the entry: the list is emptied before the backup (a backup seals a non-empty list).
        await getDb().suppression.clear();
        const file = await backupNow();
        await restore(file, 'replace');
      },
    ],
  ])('%s', async (_path, run) => {
    await run();
    expect(await suppressed(EMAIL)).toBe('unsubscribed');
    // After a delete, a re-capture no longer creates the contact again.
    const jane = await findByEmail(EMAIL);
    if (jane) await deleteContacts([jane.id]);
    expect(await upsertByEmail(draft())).toMatchObject({ outcome: 'refused', reason: 'suppressed' });
  });

  it('an erasure is never downgraded to an unsubscribe, and never lifted', async () => {
    const jane = await seedJane();
    await eraseContacts([jane.id]);
    await importRows([row(EMAIL, { status: 'Unsubscribed' as Status })], 'fill');
    expect(await suppressed(EMAIL)).toBe('erased');
    await expect(liftSuppression(EMAIL, { consentConfirmed: true, note: 'x' })).rejects.toMatchObject({ code: 'erased_permanent' });
  });
});
