import { describe, expect, it } from 'vitest';
import { registerMessageHandlers } from '../../../lib/background/router';
import { getDb } from '../../../lib/db/database';
import { sendMessage } from '../../../lib/messaging/protocol';
import { draft } from '../helpers/drafts';
import { CONTENT_SCRIPT, EXTENSION_PAGE, sendAs } from '../helpers/runtime';

describe('privacy messages', () => {
  it.each(['changeStatus', 'archiveContacts', 'unarchiveContacts', 'eraseContacts', 'liftSuppression', 'cleanBounces'] as const)(
    'refuses %s from a content script',
    async (type) => {
      registerMessageHandlers();
      const created = await sendMessage('captureContact', draft());
      if (created.outcome !== 'created') throw new Error('setup');
      sendAs(CONTENT_SCRIPT);
      const id = created.contact.id;
      const payloads = {
        changeStatus: { id, status: 'Unsubscribed' },
        archiveContacts: { ids: [id] },
        unarchiveContacts: { ids: [id] },
        eraseContacts: { ids: [id] },
        liftSuppression: { email: 'jane.doe@acme.com', consentConfirmed: true, note: 'x' },
        cleanBounces: { action: 'delete' },
      };
      await expect(sendMessage(type, payloads[type] as never)).rejects.toThrow('forbidden_sender');
      expect(await getDb().contacts.toArray()).toEqual([created.contact]);
    },
  );

  it('an extension page changes status through the background, with the consent rule and its message code', async () => {
    registerMessageHandlers();
    sendAs(EXTENSION_PAGE);
    const created = await sendMessage('createContact', draft());
    if (created.outcome !== 'created') throw new Error('setup');
    const id = created.contact.id;
    expect((await sendMessage('changeStatus', { id, status: 'Unsubscribed' })).status).toBe('Unsubscribed');
    await expect(sendMessage('changeStatus', { id, status: 'Active' })).rejects.toThrow('consent_required');
    await expect(sendMessage('liftSuppression', { email: 'jane.doe@acme.com', consentConfirmed: false, note: 'x' } as never)).rejects.toThrow('invalid_message');
    const back = await sendMessage('changeStatus', { id, status: 'Active', newConsent: { note: 'email of 2 May' } });
    expect(back.consent).toMatchObject({ basis: 'consent', note: 'email of 2 May' });
    expect(await sendMessage('eraseContacts', { ids: [id] })).toBe(1);
    expect(await sendMessage('captureContact', draft())).toMatchObject({ outcome: 'refused', reason: 'suppressed' });
  });
});
