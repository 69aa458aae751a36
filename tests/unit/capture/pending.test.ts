import { describe, expect, it } from 'vitest';
import { registerMessageHandlers } from '../../../lib/background/router';
import { completePending, pendingProfiles, removePending, savePending } from '../../../lib/contacts/pending';
import { getDb } from '../../../lib/db/database';
import * as service from '../../../lib/service';
import { countByArchived } from '../../../lib/contacts/counts';
import { sendFromContentScript } from '../helpers/runtime';

const profile = {
  fullName: 'Élodie Martin',
  firstName: 'Élodie',
  lastName: 'Martin',
  company: 'Exemple SA',
  title: 'Directrice commerciale',
  linkedinUrl: 'https://www.linkedin.com/in/elodie-martin',
};
const input = { profile, sourceUrl: 'https://fr.linkedin.com/in/elodie-martin/', method: 'linkedin' as const };

describe('"To complete" list', () => {
  it('keeps a profile without email apart from contacts, one row per profile URL', async () => {
    const first = await savePending(input);
    const again = await savePending({ ...input, profile: { ...profile, title: 'Directrice des ventes' } });
    expect(again.createdAt).toBe(first.createdAt);
    expect(await getDb().pending.count()).toBe(1);
    expect((await pendingProfiles())[0]?.profile.title).toBe('Directrice des ventes');
    expect(await countByArchived(getDb(), 0)).toBe(0);
  });

  it('becomes a contact once an email is added, with its source, and leaves the list', async () => {
    await savePending(input);
    const result = await completePending(profile.linkedinUrl, 'Elodie.Martin@Exemple.fr');
    expect(result.outcome).toBe('created');
    if (result.outcome !== 'created') return;
    expect(result.contact).toMatchObject({
      email: 'elodie.martin@exemple.fr',
      firstName: 'Élodie',
      company: 'Exemple SA',
      linkedinUrl: profile.linkedinUrl,
      source: { method: 'linkedin', where: input.sourceUrl },
    });
    expect(await getDb().pending.count()).toBe(0);
  });

  it('merges into an existing contact with the same email through the repository rules', async () => {
    await service.createContact({ email: 'em@exemple.fr', firstName: 'Élo', source: { method: 'manual', where: 'manual', at: 1 } });
    await savePending(input);
    const result = await completePending(profile.linkedinUrl, 'em@exemple.fr');
    expect(result.outcome).toBe('updated');
    if (result.outcome !== 'updated') return;
    // The first name was typed by the user: kept, and reported as a conflict.
    expect(result.contact.firstName).toBe('Élo');
    expect(result.conflicts.firstName).toEqual(['Élo', 'Élodie']);
    expect(result.contact.company).toBe('Exemple SA');
  });

  it('stays in the list when the email is refused', async () => {
    await savePending(input);
    await expect(completePending(profile.linkedinUrl, 'not-an-email')).resolves.toMatchObject({ outcome: 'invalid' });
    expect(await getDb().pending.count()).toBe(1);
  });

  it('keys a Sales Navigator lead without public profile by its lead URL', async () => {
    const row = await savePending({
      profile: { fullName: 'Thomas Müller' },
      sourceUrl: 'https://www.linkedin.com/sales/lead/ACwAAB1,NAME_SEARCH,x?_ntb=1',
      method: 'salesnav',
    });
    expect(row.linkedinUrl).toBe('https://www.linkedin.com/sales/lead/ACwAAB1');
  });

  it('is removed on request, and by a capture of the same profile with an email', async () => {
    await savePending(input);
    expect(await removePending(profile.linkedinUrl)).toBe(true);
    expect(await removePending(profile.linkedinUrl)).toBe(false);
    await savePending(input);
    await service.captureContact({ email: 'e@exemple.fr', linkedinUrl: profile.linkedinUrl, source: { method: 'linkedin', where: input.sourceUrl, at: 1 } });
    expect(await getDb().pending.count()).toBe(0);
  });

  it('is edited only from extension pages', async () => {
    registerMessageHandlers();
    expect(await sendFromContentScript('savePending', input)).toBeUndefined();
    expect(await sendFromContentScript('removePending', { linkedinUrl: profile.linkedinUrl })).toBeUndefined();
    expect(await sendFromContentScript('completePending', { linkedinUrl: profile.linkedinUrl, email: 'a@b.co' })).toBeUndefined();
    await service.savePending(input);
    await expect(service.completePending({ linkedinUrl: profile.linkedinUrl, email: 'e@exemple.fr' })).resolves.toMatchObject({ outcome: 'created' });
  });
});
