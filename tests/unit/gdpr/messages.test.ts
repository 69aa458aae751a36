import { describe, expect, it } from 'vitest';
import { registerMessageHandlers } from '../../../lib/background/router';
import { getDb } from '../../../lib/db/database';
import * as service from '../../../lib/service';
import { draft } from '../helpers/drafts';
import { sendFromContentScript } from '../helpers/runtime';

describe('privacy messages', () => {
  it.each(['changeStatus', 'archiveContacts', 'unarchiveContacts', 'eraseContacts', 'liftSuppression', 'cleanBounces'] as const)(
    '%s is no message: a content script gets no answer and changes nothing',
    async (type) => {
      registerMessageHandlers();
      const created = await service.captureContact(draft());
      if (created.outcome !== 'created') throw new Error('setup');
      const id = created.contact.id;
      const payloads = {
        changeStatus: { id, status: 'Unsubscribed' },
        archiveContacts: { ids: [id] },
        unarchiveContacts: { ids: [id] },
        eraseContacts: { ids: [id] },
        liftSuppression: { email: 'jane.doe@acme.com', consentConfirmed: true, note: 'x' },
        cleanBounces: { action: 'delete' },
      };
      expect(await sendFromContentScript(type, payloads[type])).toBeUndefined();
      expect(await getDb().contacts.toArray()).toEqual([created.contact]);
    },
  );

  it('an extension page changes status in-page, with the consent rule and its message code', async () => {
    const created = await service.createContact(draft());
    if (created.outcome !== 'created') throw new Error('setup');
    const id = created.contact.id;
    expect((await service.changeStatus({ id, status: 'Unsubscribed' })).status).toBe('Unsubscribed');
    await expect(service.changeStatus({ id, status: 'Active' })).rejects.toThrow('consent_required');
    await expect(service.liftSuppression({ email: 'jane.doe@acme.com', consentConfirmed: false, note: 'x' } as never)).rejects.toThrow('invalid_input');
    const back = await service.changeStatus({ id, status: 'Active', newConsent: { note: 'email of 2 May' } });
    expect(back.consent).toMatchObject({ basis: 'consent', note: 'email of 2 May' });
    expect(await service.eraseContacts({ ids: [id] })).toBe(1);
    expect(await service.captureContact(draft())).toMatchObject({ outcome: 'refused', reason: 'suppressed' });
  });
});
