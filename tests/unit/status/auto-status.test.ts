import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { registerMessageHandlers } from '../../../lib/background/router';
import type { GmailThreadReport } from '../../../lib/capture/gmail-types';
import { contactHistory } from '../../../lib/contacts/history';
import { findByEmail, updateContact, upsertByEmail } from '../../../lib/contacts/repository';
import { getDb } from '../../../lib/db/database';
import { sendMessage } from '../../../lib/messaging/protocol';
import * as service from '../../../lib/service';
import { saveSettings } from '../../../lib/settings/store';
import { applyThreadStatuses } from '../../../lib/status/auto-status';
import { undoAutoStatus } from '../../../lib/status/undo';
import { draft } from '../helpers/drafts';
import { CONTENT_SCRIPT, sendAs, TEST_EXTENSION_ID, sendFromContentScript } from '../helpers/runtime';

const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTzwJkSmsKqdXbLlqhZnVqKrN';
const SAME_THREAD_ELSEWHERE = 'https://mail.google.com/mail/u/0/#all/FMfcgzQZTzwJkSmsKqdXbLlqhZnVqKrN';
const OTHER_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTzwJkSmsKqdXbLlqhZnVqZZZ';
const GMAIL_TAB: Browser.runtime.MessageSender = { id: TEST_EXTENSION_ID, url: THREAD, tab: { id: 9 } as Browser.tabs.Tab };

const bounce = (email: string): GmailThreadReport => ({ people: [], bounces: [email] });
const reply = (email: string): GmailThreadReport => ({ people: [{ email, role: 'sender', roleAddress: false }], bounces: [] });

async function status(email: string) {
  return (await findByEmail(email))?.status;
}

describe('automatic statuses from Gmail', () => {
  it.each([
    { variant: 'a bounce naming a known Active contact', thread: bounce('jane.doe@acme.com'), before: 'Active', after: 'Bounced' },
    { variant: 'a bounce naming a contact who had replied', thread: bounce('jane.doe@acme.com'), before: 'Replied', after: 'Bounced' },
    { variant: 'a message sent by a known Active contact', thread: reply('jane.doe@acme.com'), before: 'Active', after: 'Replied' },
    { variant: 'a message from an Unsubscribed contact changes nothing', thread: reply('jane.doe@acme.com'), before: 'Unsubscribed', after: 'Unsubscribed' },
    { variant: 'a bounce never overrides Blocked', thread: bounce('jane.doe@acme.com'), before: 'Blocked', after: 'Blocked' },
    { variant: 'a Bounced contact who writes stays Bounced', thread: reply('jane.doe@acme.com'), before: 'Bounced', after: 'Bounced' },
    {
      variant: 'being only a recipient is not a reply',
      thread: { people: [{ email: 'jane.doe@acme.com', role: 'recipient', roleAddress: false }], bounces: [] } as GmailThreadReport,
      before: 'Active',
      after: 'Active',
    },
  ] as const)('$variant: $before → $after', async ({ thread, before, after }) => {
    await upsertByEmail(draft({ status: before }));
    await applyThreadStatuses(thread, THREAD);
    expect(await status('jane.doe@acme.com')).toBe(after);
  });

  it('records each change in the history, with the thread as origin, once per thread', async () => {
    await upsertByEmail(draft());
    const contact = (await findByEmail('jane.doe@acme.com'))!;
    const [change] = await applyThreadStatuses(reply('jane.doe@acme.com'), THREAD, 1_800_000_000_000);
    expect(change).toMatchObject({ email: 'jane.doe@acme.com', from: 'Active', to: 'Replied' });
    expect(await applyThreadStatuses(reply('jane.doe@acme.com'), SAME_THREAD_ELSEWHERE)).toEqual([]);
    const history = await contactHistory(getDb(), contact.id);
    expect(history.filter((h) => h.kind === 'status')).toEqual([
      { id: change!.historyId, contactId: contact.id, at: 1_800_000_000_000, kind: 'status', changes: { status: ['Active', 'Replied'] }, origin: THREAD },
    ]);
    expect((await findByEmail('jane.doe@acme.com'))!.lastActivityAt).toBe(1_800_000_000_000);
  });

  it('ignores unknown addresses and does nothing when the setting is off', async () => {
    await upsertByEmail(draft());
    expect(await applyThreadStatuses(bounce('nobody@acme.com'), THREAD)).toEqual([]);
    await saveSettings({ autoStatusFromGmail: false });
    expect(await applyThreadStatuses(bounce('jane.doe@acme.com'), THREAD)).toEqual([]);
    expect(await status('jane.doe@acme.com')).toBe('Active');
  });

  it('undo restores the previous status, is recorded, and the thread does not apply it again', async () => {
    await upsertByEmail(draft());
    const [change] = await applyThreadStatuses(bounce('jane.doe@acme.com'), THREAD);
    expect(await undoAutoStatus(change!.historyId)).toEqual({ restored: true, status: 'Active' });
    expect(await status('jane.doe@acme.com')).toBe('Active');
    expect(await applyThreadStatuses(bounce('jane.doe@acme.com'), THREAD)).toEqual([]);
    expect(await status('jane.doe@acme.com')).toBe('Active');
    // Another thread's bounce is new information.
    expect(await applyThreadStatuses(bounce('jane.doe@acme.com'), OTHER_THREAD)).toHaveLength(1);
    const kinds = (await contactHistory(getDb(), change!.contactId)).filter((h) => h.kind === 'status').map((h) => [h.changes?.status, h.origin]);
    expect(kinds).toEqual([
      [['Active', 'Bounced'], OTHER_THREAD],
      [['Bounced', 'Active'], 'undo'],
      [['Active', 'Bounced'], THREAD],
    ]);
  });

  it('undo refuses when the status changed since, and for entries that are not automatic', async () => {
    await upsertByEmail(draft());
    const [change] = await applyThreadStatuses(reply('jane.doe@acme.com'), THREAD);
    await updateContact(change!.contactId, { status: 'Blocked' });
    expect(await undoAutoStatus(change!.historyId)).toEqual({ restored: false, reason: 'changed' });
    expect(await status('jane.doe@acme.com')).toBe('Blocked');
    const manual = (await contactHistory(getDb(), change!.contactId)).find((h) => h.origin === 'manual')!;
    expect(await undoAutoStatus(manual.id)).toEqual({ restored: false, reason: 'not_found' });
    expect(await undoAutoStatus(99_999)).toEqual({ restored: false, reason: 'not_found' });
  });
});

describe('through the messages', () => {
  it('a Gmail report sets statuses; the same report from another site does not', async () => {
    registerMessageHandlers();
    await upsertByEmail(draft());
    sendAs(CONTENT_SCRIPT); // the LinkedIn content script
    await sendMessage('reportPage', { url: THREAD, method: 'gmail', profile: null, thread: bounce('jane.doe@acme.com') });
    expect(await status('jane.doe@acme.com')).toBe('Active');
    sendAs(GMAIL_TAB);
    await sendMessage('reportPage', { url: THREAD, method: 'gmail', profile: null, thread: bounce('jane.doe@acme.com') });
    expect(await status('jane.doe@acme.com')).toBe('Bounced');
  });

  it('only extension pages may undo: it is no message', async () => {
    registerMessageHandlers();
    await upsertByEmail(draft());
    const [change] = await applyThreadStatuses(bounce('jane.doe@acme.com'), THREAD);
    expect(await sendFromContentScript('undoAutoStatus', { historyId: change!.historyId })).toBeUndefined();
    expect(await service.undoAutoStatus({ historyId: change!.historyId })).toEqual({ restored: true, status: 'Active' });
  });

  it('refuses a thread report that would bloat storage', async () => {
    registerMessageHandlers();
    sendAs(GMAIL_TAB);
    const people = Array.from({ length: 201 }, (_, i) => ({ email: `p${i}@acme.com`, role: 'recipient' as const, roleAddress: false }));
    await expect(sendMessage('reportPage', { url: THREAD, method: 'gmail', profile: null, thread: { people, bounces: [] } })).rejects.toThrow('invalid_message');
    const long = [{ email: 'a@acme.com', role: 'sender' as const, roleAddress: false, signature: ['x'.repeat(201)] }];
    await expect(sendMessage('reportPage', { url: THREAD, method: 'gmail', profile: null, thread: { people: long, bounces: [] } })).rejects.toThrow('invalid_message');
  });
});
