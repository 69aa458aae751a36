import { describe, expect, it } from 'vitest';
import { contactHistory } from '../../../lib/contacts/history';
import { exportCollection, isAvailableForCampaigns, needsNewConsent } from '../../../lib/contacts/status';
import { findByEmail, updateContact, upsertByEmail } from '../../../lib/contacts/repository';
import { getDb } from '../../../lib/db/database';
import { emailHash } from '../../../lib/gdpr/hash';
import { liftSuppression } from '../../../lib/gdpr/suppression';
import { STATUSES, type Contact } from '../../../lib/model';
import { draft } from '../helpers/drafts';
import { seedPlainContacts } from '../helpers/seed';

async function created(email = 'jane.doe@acme.com'): Promise<Contact> {
  const result = await upsertByEmail(draft({ email }));
  if (result.outcome !== 'created') throw new Error(`setup: ${result.outcome}`);
  return result.contact;
}

describe('availability for campaigns', () => {
  it.each(STATUSES.map((s) => [s, s === 'Active'] as const))('%s → %s', (status, available) => {
    expect(isAvailableForCampaigns({ status, archived: 0 })).toBe(available);
    expect(isAvailableForCampaigns({ status, archived: 1 })).toBe(false);
  });

  it('campaign exports take only live Active contacts from the index unless asked otherwise', async () => {
    const statuses = ['Active', 'Unsubscribed', 'Bounced', 'Replied', 'Blocked', 'Active'] as const;
    await seedPlainContacts(6, (i) => ({ status: statuses[i], archived: i === 5 ? 1 : 0 }));
    const emails = async (scope?: Parameters<typeof exportCollection>[1]) => (await exportCollection(getDb(), scope).toArray()).map((c) => c.email).sort();
    expect(await emails()).toEqual(['p0@acme.com']);
    expect(await emails({ includeArchived: true })).toEqual(['p0@acme.com', 'p5@acme.com']);
    expect(await emails({ onlyAvailable: false })).toEqual(['p0@acme.com', 'p1@acme.com', 'p2@acme.com', 'p3@acme.com', 'p4@acme.com']);
    expect(await emails({ onlyAvailable: false, includeArchived: true })).toHaveLength(6);
  });
});

describe('status changes', () => {
  it('needs new consent only to leave Unsubscribed for a status that allows campaigns', () => {
    expect(needsNewConsent('Unsubscribed', 'Active')).toBe(true);
    expect(needsNewConsent('Unsubscribed', 'Replied')).toBe(true);
    expect(needsNewConsent('Unsubscribed', 'Blocked')).toBe(false);
    expect(needsNewConsent('Bounced', 'Active')).toBe(false);
  });

  it('unsubscribing records history and puts the email hash on the suppression list', async () => {
    const contact = await created();
    await updateContact(contact.id, { status: 'Unsubscribed' });
    expect(await getDb().suppression.get(await emailHash('jane.doe@acme.com'))).toMatchObject({ reason: 'unsubscribed' });
    const entry = (await contactHistory(getDb(), contact.id)).find((h) => h.kind === 'status');
    expect(entry?.changes).toEqual({ status: ['Active', 'Unsubscribed'] });
  });

  it('refuses Unsubscribed → Active without new consent, and writes nothing', async () => {
    const contact = await created();
    await updateContact(contact.id, { status: 'Unsubscribed' });
    await expect(updateContact(contact.id, { status: 'Active' })).rejects.toMatchObject({ code: 'consent_required' });
    await expect(updateContact(contact.id, { status: 'Replied', firstName: 'J' })).rejects.toMatchObject({ code: 'consent_required' });
    expect((await findByEmail('jane.doe@acme.com'))).toMatchObject({ status: 'Unsubscribed', firstName: 'Jane' });
  });

  it('with new consent: Active again, consent recorded, unsubscribe lifted', async () => {
    const contact = await created();
    await updateContact(contact.id, { status: 'Unsubscribed' });
    const back = await updateContact(contact.id, { status: 'Active' }, 'manual', { newConsent: { note: 'Asked by phone on 3 March' } });
    expect(back.status).toBe('Active');
    expect(back.consent).toMatchObject({ basis: 'consent', note: 'Asked by phone on 3 March' });
    expect(await getDb().suppression.count()).toBe(0);
    const kinds = (await contactHistory(getDb(), contact.id)).map((h) => h.kind);
    expect(kinds.filter((k) => k === 'status')).toHaveLength(2);
  });

  it('an unsubscribed address cannot be captured, added or imported again; the reason is given', async () => {
    const contact = await created();
    await updateContact(contact.id, { status: 'Unsubscribed' });
    for (const method of ['linkedin', 'import', 'manual'] as const) {
      const again = await upsertByEmail(draft({ source: { method, where: 'x', at: 1 }, title: 'New title' }));
      expect(again).toEqual({ outcome: 'refused', reason: 'suppressed', email: 'jane.doe@acme.com', suppressedAs: 'unsubscribed' });
    }
    expect((await findByEmail('jane.doe@acme.com'))?.title).toBe('VP Sales');
  });

  it('an import that sets Unsubscribed suppresses the address; an overwrite cannot reopen one', async () => {
    const imported = await upsertByEmail(draft({ email: 'u@acme.com', status: 'Unsubscribed', source: { method: 'import', where: 'a.csv', at: 1 } }));
    expect(imported.outcome).toBe('created');
    expect(await getDb().suppression.get(await emailHash('u@acme.com'))).toMatchObject({ reason: 'unsubscribed' });
    // A legacy Unsubscribed contact with no suppression entry: overwrite still keeps the status.
    const [id] = await seedPlainContacts(1, () => ({ email: 'legacy@acme.com', status: 'Unsubscribed' }));
    const result = await upsertByEmail(draft({ email: 'legacy@acme.com', status: 'Active' }), { policy: 'overwrite' });
    if (result.outcome !== 'unchanged') throw new Error(result.outcome);
    expect(result.conflicts.status).toEqual(['Unsubscribed', 'Active']);
    expect((await getDb().contacts.get(id!))?.status).toBe('Unsubscribed');
  });

  it('lifting an unsubscribe needs an explicit confirmation and note; an erasure is never lifted', async () => {
    await getDb().suppression.bulkAdd([
      { hash: await emailHash('unsub@acme.com'), reason: 'unsubscribed', at: 1 },
      { hash: await emailHash('gone@acme.com'), reason: 'erased', at: 1 },
    ]);
    await expect(liftSuppression('unsub@acme.com', { consentConfirmed: true, note: '  ' })).rejects.toMatchObject({ code: 'consent_required' });
    await expect(liftSuppression('gone@acme.com', { consentConfirmed: true, note: 'they wrote' })).rejects.toMatchObject({ code: 'erased_permanent' });
    await liftSuppression('Unsub@acme.com', { consentConfirmed: true, note: 'they wrote back' });
    expect((await upsertByEmail(draft({ email: 'unsub@acme.com' }))).outcome).toBe('created');
    expect((await upsertByEmail(draft({ email: 'gone@acme.com' }))).outcome).toBe('refused');
  });

  it('refuses changing an email to a suppressed one', async () => {
    const contact = await created();
    await getDb().suppression.add({ hash: await emailHash('gone@acme.com'), reason: 'erased', at: 1 });
    await expect(updateContact(contact.id, { email: 'gone@acme.com' })).rejects.toMatchObject({ code: 'suppressed' });
  });
});
