import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { backupParts } from '../../../lib/backup/create';
import { BACKUP_TABLES, BACKUP_VERSION } from '../../../lib/backup/format';
import { applyRestore, prepareRestore } from '../../../lib/backup/restore';
import { upsertByEmail } from '../../../lib/contacts/repository';
import { DB_NAME, FluenzrDatabase, getDb, setDbForTests } from '../../../lib/db/database';
import { searchWordsOf } from '../../../lib/db/search-words';
import { emailHash } from '../../../lib/gdpr/hash';
import { getSettings, saveSettings } from '../../../lib/settings/store';
import { DEFAULT_SETTINGS } from '../../../lib/model';
import v1 from '../../fixtures/backup/v1.json';
import v2 from '../../fixtures/backup/v2.json';
import v3 from '../../fixtures/backup/v3.json';
import { draft } from '../helpers/drafts';
import { seedPlainContacts } from '../helpers/seed';

/** One fixture per format version ever written (v2 seals its suppression list with this passphrase). */
const FIXTURES: Record<number, typeof v1> = { 1: v1, 2: v2 as unknown as typeof v1, 3: v3 as unknown as typeof v1 };
const FIXTURE_PASSPHRASE = 'fixture passphrase';
const PASSPHRASE = 'test passphrase';
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));
// Derived on every write (search words, the manager's sort keys): compared separately.
const withoutWords = (rows: Array<{ searchWords?: unknown; sortName?: unknown; sortCompany?: unknown }>) =>
  rows.map(({ searchWords: _w, sortName: _n, sortCompany: _c, ...rest }) => rest);

async function freshProfile(): Promise<void> {
  getDb().close();
  await Dexie.delete(DB_NAME);
  setDbForTests(new FluenzrDatabase());
}

async function dumpTables(): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(BACKUP_TABLES.map(async (t) => [t, await getDb().table(t).toArray()])));
}

describe('backup format versions', () => {
  it('has a fixture for every format version', () => {
    expect(Object.keys(FIXTURES).map(Number)).toEqual(Array.from({ length: BACKUP_VERSION }, (_, i) => i + 1));
  });

  it.each(Object.keys(FIXTURES).map(Number))('restores a v%i backup into an empty profile, every row and field', async (version) => {
    const fixture = FIXTURES[version]!;
    const prepared = await prepareRestore(clone(fixture), 'replace', FIXTURE_PASSPHRASE);
    expect(prepared.report).toMatchObject({ ok: true, errorCount: 0, fromVersion: version });
    const data = fixture.data as Record<string, unknown[]>;
    expect(prepared.report.toWrite).toEqual({ contacts: 3, groups: 2, fieldDefs: 3, segments: 1, suppression: 2, history: data.history!.length, pending: 1, notes: data.notes?.length ?? 0 });
    await applyRestore(prepared);
    const tables = await dumpTables();
    expect(withoutWords(tables.contacts as never)).toEqual(withoutWords(fixture.data.contacts));
    for (const c of tables.contacts as Array<Parameters<typeof searchWordsOf>[0] & { searchWords: string[] }>) expect(c.searchWords).toEqual(searchWordsOf(c));
    for (const table of BACKUP_TABLES.filter((t) => t !== 'contacts' && t !== 'suppression')) expect(tables[table]).toEqual(data[table] ?? []);
    // Sealed in v2; the same rows as v1's plain ones.
    expect(tables.suppression).toEqual(v1.data.suppression);
    // Settings come back, except the plan, which belongs to this installation.
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, ...fixture.settings, plan: 'free' });
  });
});

describe('backup v3: notes and next steps', () => {
  it('round-trips notes and next steps, live next steps indexed again', async () => {
    await prepareRestore(clone(v3), 'replace', FIXTURE_PASSPHRASE).then(applyRestore);
    const file = JSON.parse((await backupParts(Date.now(), PASSPHRASE)).join(''));
    expect(file.version).toBe(3);
    expect(file.data.notes).toEqual(v3.data.notes);
    expect(file.data.contacts.find((c: { id: number }) => c.id === 1).nextStep).toEqual({ text: 'Send the renewal proposal', dueAt: 1700086400000 });
    // The archived contact keeps its next step, out of the due index.
    expect(await getDb().contacts.where('nextDueAt').above(0).primaryKeys()).toEqual([1]);
  });

  it('merges notes onto the new ids of merged contacts, and leaves out notes of skipped ones', async () => {
    await upsertByEmail(draft({ email: 'someone@else.com' }));
    await upsertByEmail(draft({ email: v3.data.contacts[1]!.email }));
    const prepared = await prepareRestore(clone(v3), 'merge', FIXTURE_PASSPHRASE);
    expect(prepared.report.toWrite.notes).toBe(1);
    await applyRestore(prepared);
    const jane = await getDb().contacts.where('email').equals(v3.data.contacts[0]!.email).first();
    const notes = await getDb().notes.toArray();
    expect(notes.map((n) => [n.contactId, n.text.slice(0, 9)])).toEqual([[jane!.id, 'Met at th']]);
  });

  it('refuses notes of a contact not in the file, and over the per-contact cap, writing nothing', async () => {
    const bad = clone(v3) as { data: { notes: Array<Record<string, unknown>> } };
    bad.data.notes.push({ id: 9, contactId: 77, text: 'orphan', createdAt: 1, updatedAt: 1, searchWords: [] });
    for (let i = 0; i < 1001; i++) bad.data.notes.push({ id: 100 + i, contactId: 2, text: 'n', createdAt: i, updatedAt: i, searchWords: [] });
    const prepared = await prepareRestore(bad, 'replace', FIXTURE_PASSPHRASE);
    expect(prepared.report.ok).toBe(false);
    expect(prepared.report.errors.map((e) => e.message)).toEqual(expect.arrayContaining(['unknown_contact', 'too_many_notes']));
    expect(await getDb().notes.count()).toBe(0);
  });
});

describe('backup → restore', () => {
  it('round-trips every table exactly through a replace into an empty profile', async () => {
    await prepareRestore(clone(v1), 'replace').then(applyRestore);
    await upsertByEmail(draft({ email: 'extra@acme.com', tags: ['x'] }));
    await saveSettings({ retentionMonths: 12 });
    const before = await dumpTables();
    const text = (await backupParts(99, PASSPHRASE)).join('');
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({ format: 'fluenzr-backup', version: BACKUP_VERSION, createdAt: 99 });

    await freshProfile();
    const prepared = await prepareRestore(parsed, 'replace', PASSPHRASE);
    expect(prepared.report.ok).toBe(true);
    await applyRestore(prepared);
    expect(await dumpTables()).toEqual(before);
    expect((await getSettings()).retentionMonths).toBe(12);
  });

  it('merge adds what is missing, keeps what is here, maps groups by name and follows history', async () => {
    const groupId = (await getDb().groups.add({ name: 'Paris', color: '#000000', createdAt: 5 } as never)) as number;
    await upsertByEmail(draft({ email: 'jane.doe@acme-robotics.com', title: 'Mine' }));
    await upsertByEmail(draft({ email: 'someone@else.com' }));
    const prepared = await prepareRestore(clone(v1), 'merge');
    expect(prepared.report.conflicts).toMatchObject({ existingEmail: 1, suppressed: 0, existingOther: 1 });
    expect(prepared.report.toWrite.contacts).toBe(2);
    await applyRestore(prepared);
    const db = getDb();
    expect(await db.contacts.count()).toBe(4);
    expect((await db.contacts.where('email').equals('jane.doe@acme-robotics.com').first())?.title).toBe('Mine');
    const elodie = (await db.contacts.where('email').equals('elodie.martin@exemple.fr').first())!;
    const salon = (await db.groups.where('name').equals('Salon 2024').first())!;
    expect(elodie.groupIds).toEqual([salon.id]);
    expect((await db.groups.where('name').equals('Paris').first())?.id).toBe(groupId);
    expect((await db.history.where('contactId').equals(elodie.id).toArray()).map((h) => h.kind)).toEqual(['imported']);
    expect(await db.suppression.count()).toBe(2);
  });

  it('never brings back someone erased or unsubscribed here since the backup (both modes)', async () => {
    await getDb().suppression.add({ hash: await emailHash('jane.doe@acme-robotics.com'), reason: 'erased', at: 1 });
    for (const mode of ['merge', 'replace'] as const) {
      const prepared = await prepareRestore(clone(v1), mode);
      expect(prepared.report.conflicts.suppressed).toBe(1);
      expect(prepared.report.toWrite.contacts).toBe(2);
    }
    await applyRestore(await prepareRestore(clone(v1), 'replace'));
    expect(await getDb().contacts.where('email').equals('jane.doe@acme-robotics.com').count()).toBe(0);
    expect(await getDb().history.where('contactId').equals(1).count()).toBe(0);
    expect(await getDb().suppression.count()).toBe(3);
  });

  it('validates everything first: a damaged file reports where, and writes nothing', async () => {
    const bad = clone(v1) as unknown as { data: Record<'contacts' | 'history', Array<Record<string, unknown>>> };
    bad.data.contacts[1]!.email = 'not-an-email';
    bad.data.contacts[2]!.stage = 'Dreaming';
    bad.data.history[0]!.contactId = 77;
    const prepared = await prepareRestore(bad, 'replace');
    expect(prepared.report.ok).toBe(false);
    expect(prepared.report.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: 'contacts', row: 1, path: 'email' }),
        expect.objectContaining({ table: 'contacts', row: 2, path: 'stage' }),
        expect.objectContaining({ table: 'history', row: 0, path: 'contactId', message: 'unknown_contact' }),
      ]),
    );
    await expect(applyRestore(prepared)).rejects.toThrow('restore_blocked');
    expect(await getDb().contacts.count()).toBe(0);
  });

  it.each([
    ['not_a_backup', { format: 'other' }],
    ['newer_version', { ...clone(v1), version: BACKUP_VERSION + 1 }],
    ['damaged', { format: 'fluenzr-backup', version: 1, createdAt: 1, settings: {} }],
  ])('refuses a file with error %s', async (error, raw) => {
    const { report } = await prepareRestore(raw, 'merge');
    expect(report.errors).toEqual([{ table: 'file', row: -1, path: '', message: error }]);
  });

  it('respects the Free plan: the dry run says so and the restore is refused', async () => {
    await seedPlainContacts(299);
    const merge = await prepareRestore(clone(v1), 'merge');
    expect(merge.report.plan).toEqual({ limit: 300, liveAfter: 301, fits: false });
    expect(merge.report.ok).toBe(false);
    const replace = await prepareRestore(clone(v1), 'replace');
    expect(replace.report.plan.fits).toBe(true);
  });

  it('is all or nothing: a conflict appearing after the dry run rolls every table back', async () => {
    const prepared = await prepareRestore(clone(v1), 'merge');
    // Captured between the dry run and the write: the unique email index refuses the merge.
    await upsertByEmail(draft({ email: 'elodie.martin@exemple.fr' }));
    const before = await dumpTables();
    await expect(applyRestore(prepared)).rejects.toThrow();
    expect(await dumpTables()).toEqual(before);
  });
});
