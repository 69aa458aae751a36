import { describe, expect, it } from 'vitest';
import { registerMessageHandlers } from '../../../lib/background/router';
import { getDb } from '../../../lib/db/database';
import { sendMessage } from '../../../lib/messaging/protocol';
import { MESSAGE_RULES } from '../../../lib/messaging/rules';
import { ContactDraftSchema } from '../../../lib/model';
import { draft } from '../helpers/drafts';
import { CONTENT_SCRIPT, EXTENSION_PAGE, sendAs } from '../helpers/runtime';

// Finding 4: a compromised LinkedIn or Gmail page drives its content script.
describe('content-script rights', () => {
  it('content scripts may send their page report (or a list page\'s people) and nothing else', () => {
    const allowed = Object.entries(MESSAGE_RULES).filter(([, rule]) => (rule.from as readonly string[]).includes('content'));
    expect(allowed.map(([type]) => type).sort()).toEqual(['reportList', 'reportPage']);
  });

  it('a content script cannot read the base by email or guessed profile URL', async () => {
    registerMessageHandlers();
    sendAs(EXTENSION_PAGE);
    await sendMessage('createContact', draft({ linkedinUrl: 'https://www.linkedin.com/in/jane-doe' }));
    sendAs(CONTENT_SCRIPT);
    await expect(sendMessage('lookupContact', { email: 'jane.doe@acme.com' })).rejects.toThrow('forbidden_sender');
    await expect(sendMessage('lookupContact', { linkedinUrl: 'https://www.linkedin.com/in/jane-doe' })).rejects.toThrow('forbidden_sender');
  });

  it('a content script cannot overwrite names, tags and status with a forged consent', async () => {
    registerMessageHandlers();
    sendAs(EXTENSION_PAGE);
    const created = await sendMessage('createContact', draft());
    if (created.outcome !== 'created') throw new Error('setup');
    sendAs(CONTENT_SCRIPT);
    const forged = draft({ firstName: 'Mallory', tags: ['owned'], status: 'Blocked', consent: { basis: 'consent', note: 'forged', at: 1 } });
    await expect(sendMessage('captureContact', forged)).rejects.toThrow('forbidden_sender');
    expect(await getDb().contacts.toArray()).toEqual([created.contact]);
  });

  it('one contact cannot hold megabytes through unbounded custom-field keys', () => {
    const customFields = Object.fromEntries(Array.from({ length: 4000 }, (_, i) => [`k${i}`.padEnd(100, 'x'), 'v'.repeat(5000)]));
    const parsed = ContactDraftSchema.safeParse(draft({ customFields }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message).join(' ')).toMatch(/custom_fields_/);
    const few = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`field_${i}`, 'value']));
    expect(ContactDraftSchema.safeParse(draft({ customFields: few })).success).toBe(true);
  });
});
