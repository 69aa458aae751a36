import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerMessageHandlers } from '../../../lib/background/router';
import { getDb } from '../../../lib/db/database';
import { sendMessage } from '../../../lib/messaging/protocol';
import * as service from '../../../lib/service';
import { classifySender, MESSAGE_RULES } from '../../../lib/messaging/rules';
import { draft } from '../helpers/drafts';
import { CONTENT_SCRIPT, EXTENSION_PAGE, sendAs, sendFromContentScript, TEST_EXTENSION_ID, TEST_ORIGIN } from '../helpers/runtime';

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
  it('answers content scripts only the two reports; page operations are no message', async () => {
    registerMessageHandlers();
    const created = await service.captureContact(draft());
    if (created.outcome !== 'created') throw new Error('setup');
    for (const type of ['deleteContacts', 'updateContact', 'saveSettings', 'createContact', 'captureContact', 'lookupContact']) {
      expect(await sendFromContentScript(type, { ids: [created.contact.id], id: created.contact.id, email: 'jane.doe@acme.com' }), type).toBeUndefined();
    }
    expect(await getDb().contacts.toArray()).toEqual([created.contact]);
  });

  it('refuses a malformed report before any handler runs', async () => {
    registerMessageHandlers();
    sendAs(CONTENT_SCRIPT);
    await expect(sendMessage('reportPage', { url: 'x', method: 'evil' } as never)).rejects.toThrow('invalid_message');
    await expect(sendMessage('reportList', { url: 'x', people: [{ tags: ['x'] }] } as never)).rejects.toThrow('invalid_message');
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
