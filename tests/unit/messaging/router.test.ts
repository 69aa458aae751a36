import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerMessageHandlers } from '../../../lib/background/router';
import { getDb } from '../../../lib/db/database';
import { sendMessage } from '../../../lib/messaging/protocol';
import { classifySender, MESSAGE_RULES } from '../../../lib/messaging/rules';
import { draft } from '../helpers/drafts';
import { CONTENT_SCRIPT, EXTENSION_PAGE, sendAs, TEST_EXTENSION_ID, TEST_ORIGIN } from '../helpers/runtime';

describe('classifySender', () => {
  it.each([
    [{ id: TEST_EXTENSION_ID, url: `${TEST_ORIGIN}popup.html` }, 'extension'],
    [{ id: TEST_EXTENSION_ID, url: `${TEST_ORIGIN}options.html`, tab: { id: 3 } }, 'extension'],
    [{ id: TEST_EXTENSION_ID, url: 'https://www.linkedin.com/in/x', tab: { id: 3 } }, 'content'],
    [{ id: 'another-extension', url: `${TEST_ORIGIN}popup.html` }, null],
    [{ id: TEST_EXTENSION_ID, url: 'https://evil.example/' }, null],
    [{}, null],
  ])('%j → %s', (sender, kind) => expect(classifySender(sender, TEST_EXTENSION_ID, TEST_ORIGIN)).toBe(kind));

  it('lets content scripts only report their page or the people of a list page', () => {
    const allowed = Object.entries(MESSAGE_RULES)
      .filter(([, rule]) => (rule.from as readonly string[]).includes('content'))
      .map(([type]) => type)
      .sort();
    expect(allowed).toEqual(['reportList', 'reportPage']);
  });
});

describe('message router', () => {
  it('captures from an extension page and answers lookups', async () => {
    registerMessageHandlers();
    sendAs(EXTENSION_PAGE);
    const result = await sendMessage('captureContact', draft());
    expect(result.outcome).toBe('created');
    expect(await sendMessage('lookupContact', { email: 'JANE.DOE@acme.com' })).toMatchObject({ email: 'jane.doe@acme.com' });
  });

  it.each(['deleteContacts', 'updateContact', 'saveSettings', 'createContact', 'captureContact', 'lookupContact'] as const)(
    'refuses %s from a content script and changes nothing',
    async (type) => {
      registerMessageHandlers();
      sendAs(EXTENSION_PAGE);
      const created = await sendMessage('captureContact', draft());
      if (created.outcome !== 'created') throw new Error('setup');
      sendAs(CONTENT_SCRIPT);
      const payloads = {
        deleteContacts: { ids: [created.contact.id] },
        updateContact: { id: created.contact.id, patch: { firstName: 'Mallory' } },
        saveSettings: { plan: 'pro' },
        createContact: draft({ email: 'x@evil.example' }),
        captureContact: draft({ firstName: 'Mallory' }),
        lookupContact: { email: 'jane.doe@acme.com' },
      };
      await expect(sendMessage(type, payloads[type] as never)).rejects.toThrow('forbidden_sender');
      expect(await getDb().contacts.toArray()).toEqual([created.contact]);
    },
  );

  it('refuses a malformed message before any handler runs', async () => {
    registerMessageHandlers();
    sendAs(EXTENSION_PAGE);
    await expect(sendMessage('deleteContacts', { ids: ['1; DROP'] } as never)).rejects.toThrow('invalid_message');
    await expect(sendMessage('captureContact', { email: 'a@b.co' } as never)).rejects.toThrow('invalid_message');
  });

  it('stores what a content script reports for its own tab only', async () => {
    registerMessageHandlers();
    sendAs(CONTENT_SCRIPT);
    await sendMessage('reportPage', {
      url: 'https://www.linkedin.com/in/jane-doe/',
      method: 'linkedin',
      profile: { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe' },
    });
    const stored = await fakeBrowser.storage.session.get('page:7');
    expect(stored['page:7']).toMatchObject({ tabId: 7, profile: { fullName: 'Jane Doe' } });
    sendAs(EXTENSION_PAGE);
    await expect(sendMessage('reportPage', { url: 'x', method: 'linkedin', profile: null })).rejects.toThrow('forbidden_sender');
  });
});
