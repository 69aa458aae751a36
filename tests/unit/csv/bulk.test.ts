import { bulkUpsert, type BulkItem } from '../../../lib/contacts/bulk-upsert';
import { upsertByEmail } from '../../../lib/contacts/repository';
import { getDb } from '../../../lib/db/database';
import { emailHash } from '../../../lib/gdpr/hash';
import { DEFAULT_SETTINGS, type ContactDraft } from '../../../lib/model';
import { draft } from '../helpers/drafts';

const settings = DEFAULT_SETTINGS;
const source = { method: 'import' as const, where: 'file.csv', at: 1 };
const item = (email: string, line: number, extra: Partial<ContactDraft> = {}): BulkItem => ({ draft: { email, source, ...extra }, line });

describe('bulkUpsert applies the repository rules to many rows', () => {
  it('creates whole contacts with search words and an "imported" history entry', async () => {
    const report = await bulkUpsert([item('Jane.Doe@Acme.com', 2, { firstName: 'Jane', company: 'Acme' }), item('bob@globex.com', 3)], { policy: 'fill', settings, origin: 'file.csv' });
    expect(report).toMatchObject({ created: 2, updated: 0, unchanged: 0, cancelled: false });
    const jane = (await getDb().contacts.where('email').equals('jane.doe@acme.com').first())!;
    expect(jane).toMatchObject({ firstName: 'Jane', stage: 'Lead', status: 'Active', archived: 0, editedFields: [], consent: { basis: 'legitimate_interest' } });
    expect(jane.searchWords).toEqual(expect.arrayContaining(['jane', 'acme', 'doe', 'com']));
    const history = await getDb().history.where('contactId').equals(jane.id).toArray();
    expect(history.map((h) => [h.kind, h.origin])).toEqual([['imported', 'file.csv']]);
  });

  it.each([
    ['skip', { title: 'VP Sales', phone: undefined }, 'unchanged'],
    ['fill', { title: 'VP Sales', phone: '+33 6 00 00 00 00' }, 'updated'],
    ['overwrite', { title: 'CEO', phone: '+33 6 00 00 00 00' }, 'updated'],
  ] as const)('duplicate policy %s', async (policy, expected, outcome) => {
    await upsertByEmail(draft());
    const report = await bulkUpsert([item('jane.doe@acme.com', 2, { title: 'CEO', phone: '+33 6 00 00 00 00' })], { policy, settings, origin: 'f.csv' });
    expect(report[outcome]).toBe(1);
    const jane = (await getDb().contacts.where('email').equals('jane.doe@acme.com').first())!;
    expect({ title: jane.title, phone: jane.phone }).toEqual(expected);
    const kinds = (await getDb().history.toArray()).map((h) => h.kind);
    expect(kinds).toEqual(policy === 'skip' ? ['captured'] : ['captured', 'imported']);
  });

  it('refuses suppressed addresses and stops at the plan limit, reporting the rest', async () => {
    await getDb().suppression.add({ hash: await emailHash('gone@x.fr'), reason: 'erased', at: 1 });
    const db = getDb();
    await db.contacts.bulkAdd(Array.from({ length: 298 }, (_, i) => ({ ...baseContact, email: `c${i}@seed.fr` })) as never);
    const items = [item('gone@x.fr', 2), item('a@x.fr', 3), item('b@x.fr', 4), item('c@x.fr', 5), item('d@x.fr', 6)];
    const dry = await bulkUpsert(items, { policy: 'fill', settings, origin: 'f.csv', dryRun: true, chunkSize: 2 });
    expect(await db.contacts.count()).toBe(298);
    const real = await bulkUpsert(items, { policy: 'fill', settings, origin: 'f.csv', chunkSize: 2 });
    for (const report of [dry, real]) {
      expect(report.created).toBe(2);
      expect(report.suppressed).toEqual([{ line: 2, email: 'gone@x.fr' }]);
      expect(report.overLimit.map((r) => r.line)).toEqual([5, 6]);
    }
    expect(await db.contacts.where('archived').equals(0).count()).toBe(300);
  });

  it('a cancel between chunks leaves whole chunks only and the run row says what was imported', async () => {
    const db = getDb();
    const runId = (await db.imports.add({ fileName: 'f.csv', startedAt: 1, state: 'running', total: 6, created: 0, updated: 0, skipped: 0, rejected: 0 } as never)) as number;
    const controller = new AbortController();
    const items = Array.from({ length: 6 }, (_, i) => item(`p${i}@x.fr`, i + 2));
    const report = await bulkUpsert(items, {
      policy: 'fill', settings, origin: 'f.csv', chunkSize: 4, runId, signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(report).toMatchObject({ created: 4, cancelled: true });
    expect(await db.contacts.count()).toBe(4);
    expect(await db.history.count()).toBe(4);
    expect(await db.imports.get(runId)).toMatchObject({ created: 4, state: 'running' });
  });

  it('an invalid draft is reported, not written', async () => {
    const report = await bulkUpsert([item('a@x.fr', 2, { firstName: 'x'.repeat(600) })], { policy: 'fill', settings, origin: 'f.csv' });
    expect(report.invalid).toEqual([{ line: 2, email: 'a@x.fr', problem: expect.any(String) }]);
    expect(await getDb().contacts.count()).toBe(0);
  });
});

const baseContact = {
  customFields: {}, tags: [], groupIds: [], stage: 'Lead', status: 'Active', archived: 0,
  source, consent: { basis: 'legitimate_interest', at: 1 }, editedFields: [], searchWords: [],
  createdAt: 1, updatedAt: 1, lastActivityAt: 1,
};

describe('bulkUpsert and concurrent captures', () => {
  it('an email captured after the import read the base is merged, not duplicated, and its chunk stays whole', async () => {
    const db = getDb();
    await upsertByEmail(draft({ email: 'b@x.fr', company: undefined }));
    // The import's list of known emails was read before that capture landed.
    vi.spyOn(db.contacts, 'orderBy').mockReturnValueOnce({ keys: async () => [] } as never);
    const report = await bulkUpsert([item('a@x.fr', 2), item('b@x.fr', 3, { company: 'Imported Co' }), item('c@x.fr', 4)], {
      policy: 'fill', settings, origin: 'f.csv', chunkSize: 2,
    });
    expect(report).toMatchObject({ created: 2, updated: 1 });
    const all = await db.contacts.orderBy('email').toArray();
    expect(all.map((c) => [c.email, c.company])).toEqual([['a@x.fr', undefined], ['b@x.fr', 'Imported Co'], ['c@x.fr', undefined]]);
    expect((await db.history.toArray()).filter((h) => h.kind === 'imported')).toHaveLength(3);
  });
  it("an import's own unsubscribes are listed in one go, and an erasure committed between its chunks still refuses a later row", async () => {
    const db = getDb();
    const rows = [item('u1@x.fr', 2, { status: 'Unsubscribed' }), item('u2@x.fr', 3, { status: 'Unsubscribed' }), item('gone@x.fr', 4), item('ok@x.fr', 5)];
    let erased: Promise<unknown> | undefined;
    // Hashed ahead, so the erasure's write is queued before the next chunk's transaction.
    const goneHash = await emailHash('gone@x.fr');
    const report = await bulkUpsert(rows, {
      policy: 'fill',
      settings: { ...settings, plan: 'pro' },
      origin: 'f.csv',
      chunkSize: 2,
      // After the first chunk (its rows unsubscribed), someone erases the address of the third row.
      onProgress: (done) => void (done === 2 && (erased = db.suppression.add({ hash: goneHash, reason: 'erased', at: 1 }))),
    });
    await erased;
    expect(report.created).toBe(3);
    expect(report.suppressed).toEqual([{ line: 4, email: 'gone@x.fr' }]);
    for (const email of ['u1@x.fr', 'u2@x.fr']) expect((await db.suppression.get(await emailHash(email)))?.reason).toBe('unsubscribed');
  });
});
