import { describe, expect, it } from 'vitest';
import { updateContact, upsertByEmail } from '../../../lib/contacts/repository';
import { getDb } from '../../../lib/db/database';
import { contactDossier } from '../../../lib/gdpr/access';
import { eraseContacts } from '../../../lib/gdpr/erase';
import { emailHash } from '../../../lib/gdpr/hash';
import { countPastRetention, daysPast, pastRetentionIds, pastRetentionPage, retentionCutoff } from '../../../lib/gdpr/retention';
import { cleanBounces, countBounced } from '../../../lib/quality/bounces';
import { saveSettings } from '../../../lib/settings/store';
import { draft } from '../helpers/drafts';
import { seedPlainContacts } from '../helpers/seed';

const DAY = 86_400_000;

describe('erase', () => {
  it('removes contacts and their history, keeps only the hash, and refuses them forever', async () => {
    const a = await upsertByEmail(draft({ email: 'a@acme.com' }));
    const b = await upsertByEmail(draft({ email: 'b@acme.com' }));
    if (a.outcome !== 'created' || b.outcome !== 'created') throw new Error('setup');
    await updateContact(a.contact.id, { title: 'CEO' });
    expect(await eraseContacts([a.contact.id, 999])).toBe(1);
    expect(await getDb().contacts.get(a.contact.id)).toBeUndefined();
    expect(await getDb().history.where('contactId').equals(a.contact.id).count()).toBe(0);
    expect(await getDb().history.where('contactId').equals(b.contact.id).count()).toBe(1);
    const rows = await getDb().suppression.toArray();
    expect(rows).toEqual([{ hash: await emailHash('a@acme.com'), reason: 'erased', at: expect.any(Number) }]);
    expect(JSON.stringify(await getDb().suppression.toArray())).not.toContain('a@acme.com');
    expect(await upsertByEmail(draft({ email: ' A@ACME.com' }))).toMatchObject({ outcome: 'refused', reason: 'suppressed', suppressedAs: 'erased' });
  });

  it('also removes a profile saved for the same LinkedIn URL', async () => {
    const a = await upsertByEmail(draft({ linkedinUrl: 'https://www.linkedin.com/in/jane-doe' }));
    if (a.outcome !== 'created') throw new Error('setup');
    const pending = { profile: {}, sourceUrl: 'x', method: 'linkedin' as const, createdAt: 1, updatedAt: 1 };
    await getDb().pending.bulkAdd([{ ...pending, linkedinUrl: 'https://www.linkedin.com/in/jane-doe' }, { ...pending, linkedinUrl: 'https://www.linkedin.com/in/other' }]);
    await eraseContacts([a.contact.id]);
    expect((await getDb().pending.toArray()).map((p) => p.linkedinUrl)).toEqual(['https://www.linkedin.com/in/other']);
  });

  it('covers every address of the person: their other email can bring them back neither as the email nor as another one', async () => {
    const a = await upsertByEmail(draft({ email: 'jane@acme.com', otherEmails: ['jane.doe@gmail.com'] }));
    if (a.outcome !== 'created') throw new Error('setup');
    await eraseContacts([a.contact.id]);
    expect((await getDb().suppression.toArray()).map((s) => s.hash).sort()).toEqual([await emailHash('jane@acme.com'), await emailHash('jane.doe@gmail.com')].sort());
    expect(await upsertByEmail(draft({ email: 'Jane.Doe@gmail.com' }))).toMatchObject({ outcome: 'refused', reason: 'suppressed', suppressedAs: 'erased' });
    // A new address that comes with an erased one (a CSV row "new, old") is the same person.
    expect(await upsertByEmail(draft({ email: 'jane@newco.com', otherEmails: ['jane@acme.com'] }))).toMatchObject({ outcome: 'refused', reason: 'suppressed' });
    expect(await upsertByEmail(draft({ email: 'someone@newco.com' }))).toMatchObject({ outcome: 'created' });
  });

  it('an erasure overrides an earlier unsubscribe and is never downgraded', async () => {
    const a = await upsertByEmail(draft({ email: 'a@acme.com' }));
    if (a.outcome !== 'created') throw new Error('setup');
    await updateContact(a.contact.id, { status: 'Unsubscribed' });
    await eraseContacts([a.contact.id]);
    expect((await getDb().suppression.toArray()).map((s) => s.reason)).toEqual(['erased']);
  });
});

describe('access request', () => {
  it('gathers the contact, its groups, field labels, full history and suppression state', async () => {
    const groupId = (await getDb().groups.add({ name: 'Paris', color: '#112233', createdAt: 1 } as never)) as number;
    await getDb().fieldDefs.add({ key: 'budget', label: 'Budget', type: 'number', createdAt: 1 });
    const created = await upsertByEmail(draft({ groupIds: [groupId], customFields: { budget: 5000 } }));
    if (created.outcome !== 'created') throw new Error('setup');
    await updateContact(created.contact.id, { status: 'Unsubscribed' });
    const dossier = await contactDossier(created.contact.id, 42);
    expect(dossier).toMatchObject({
      generatedAt: 42,
      contact: { email: 'jane.doe@acme.com', source: { method: 'linkedin' }, consent: { basis: 'legitimate_interest' } },
      groups: [{ id: groupId, name: 'Paris' }],
      customFieldLabels: { budget: 'Budget' },
      suppression: { reason: 'unsubscribed' },
    });
    expect(dossier!.history.map((h) => h.kind)).toEqual(['captured', 'status']);
    expect(await contactDossier(12345)).toBeUndefined();
  });

  it('a new contact takes the default legal basis from settings', async () => {
    await saveSettings({ defaultLegalBasis: 'consent' });
    const created = await upsertByEmail(draft());
    if (created.outcome !== 'created') throw new Error('setup');
    expect(created.contact.consent.basis).toBe('consent');
  });
});

describe('retention', () => {
  it('computes the cutoff in calendar months', () => {
    expect(new Date(retentionCutoff(Date.UTC(2026, 10, 26), 36)).toISOString()).toBe('2023-11-26T00:00:00.000Z');
    expect(daysPast(Date.UTC(2023, 10, 16), Date.UTC(2023, 10, 26))).toBe(10);
    expect(daysPast(Date.UTC(2024, 0, 1), Date.UTC(2023, 10, 26))).toBe(0);
  });

  it('lists live contacts past retention oldest first, paged from the index', async () => {
    const now = Date.UTC(2026, 10, 26);
    const cutoff = retentionCutoff(now, 36);
    // 0..4 are old (oldest is 4), 5..7 recent, 8 is old but archived.
    await seedPlainContacts(9, (i) => ({ lastActivityAt: i < 5 || i === 8 ? cutoff - (i + 1) * DAY : now - i * DAY, archived: i === 8 ? 1 : 0 }));
    expect(await countPastRetention(cutoff)).toBe(5);
    expect(await countPastRetention(cutoff, 1)).toBe(1);
    const first = await pastRetentionPage(cutoff, 0, 2);
    const second = await pastRetentionPage(cutoff, 1, 2);
    expect([...first, ...second].map((c) => c.email)).toEqual(['p4@acme.com', 'p3@acme.com', 'p2@acme.com', 'p1@acme.com']);
    expect((await pastRetentionIds(cutoff)).length).toBe(5);
    // Exactly at the cutoff is still within retention.
    await seedPlainContacts(1, () => ({ email: 'edge@acme.com', lastActivityAt: cutoff }));
    expect(await countPastRetention(cutoff)).toBe(5);
  });
});

describe('clean bounces', () => {
  it('archives every live Bounced contact, or deletes them without suppressing', async () => {
    await seedPlainContacts(6, (i) => ({ status: i < 3 ? 'Bounced' : 'Active' }));
    expect(await countBounced()).toBe(3);
    expect(await cleanBounces('archive')).toBe(3);
    expect(await countBounced()).toBe(0);
    expect(await getDb().contacts.where('archived').equals(1).count()).toBe(3);
    await seedPlainContacts(2, (i) => ({ email: `b${i}@acme.com`, status: 'Bounced' }));
    expect(await cleanBounces('delete')).toBe(2);
    expect(await getDb().contacts.count()).toBe(6);
    expect(await getDb().suppression.count()).toBe(0);
  });
});
