import { describe, expect, it } from 'vitest';
import { registerMessageHandlers } from '../../../lib/background/router';
import { getDb } from '../../../lib/db/database';
import * as service from '../../../lib/service';
import { MESSAGE_RULES } from '../../../lib/messaging/rules';
import { ContactDraftSchema } from '../../../lib/model';
import { draft } from '../helpers/drafts';
import { sendFromContentScript } from '../helpers/runtime';

// Finding 4: a compromised LinkedIn or Gmail page drives its content script.
describe('content-script rights', () => {
  it('content scripts may send their page report (or a list page\'s people) and nothing else', () => {
    const allowed = Object.entries(MESSAGE_RULES).filter(([, rule]) => (rule.from as readonly string[]).includes('content'));
    expect(allowed.map(([type]) => type).sort()).toEqual(['reportList', 'reportPage']);
  });

  it('a content script cannot read the base by email or guessed profile URL: looking up is no message', async () => {
    registerMessageHandlers();
    await service.createContact(draft({ linkedinUrl: 'https://www.linkedin.com/in/jane-doe' }));
    expect(await sendFromContentScript('lookupContact', { email: 'jane.doe@acme.com' })).toBeUndefined();
    expect(await sendFromContentScript('lookupContact', { linkedinUrl: 'https://www.linkedin.com/in/jane-doe' })).toBeUndefined();
  });

  it('a content script cannot overwrite names, tags and status with a forged consent', async () => {
    registerMessageHandlers();
    const created = await service.createContact(draft());
    if (created.outcome !== 'created') throw new Error('setup');
    const forged = draft({ firstName: 'Mallory', tags: ['owned'], status: 'Blocked', consent: { basis: 'consent', note: 'forged', at: 1 } });
    expect(await sendFromContentScript('captureContact', forged)).toBeUndefined();
    expect(await getDb().contacts.toArray()).toEqual([created.contact]);
  });

  // The page service runs in extension pages only; none of its operations is a message the background answers.
  it.each(Object.keys(service))('%s is no message: a content script gets no answer, nothing is written', async (name) => {
    registerMessageHandlers();
    const created = await service.createContact(draft());
    if (created.outcome !== 'created') throw new Error('setup');
    const id = created.contact.id;
    const payload = { id, ids: [id], patch: { firstName: 'Mallory' }, email: 'jane.doe@acme.com', status: 'Active', stage: 'Won', plan: 'pro' };
    expect(await sendFromContentScript(name, payload)).toBeUndefined();
    expect(await getDb().contacts.toArray()).toEqual([created.contact]);
    expect(await getDb().kv.count()).toBe(0);
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
