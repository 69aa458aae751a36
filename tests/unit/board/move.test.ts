import { describe, expect, it } from 'vitest';
import { registerMessageHandlers } from '../../../lib/background/router';
import { contactHistory } from '../../../lib/contacts/history';
import { upsertByEmail } from '../../../lib/contacts/repository';
import { getDb } from '../../../lib/db/database';
import { sendMessage } from '../../../lib/messaging/protocol';
import { draft } from '../helpers/drafts';
import { CONTENT_SCRIPT, EXTENSION_PAGE, sendAs } from '../helpers/runtime';

async function created() {
  const result = await upsertByEmail(draft());
  if (result.outcome !== 'created') throw new Error(result.outcome);
  return result.contact;
}

describe('moveContactStage', () => {
  it('moves a contact and records the move in its history, as a user edit from the board', async () => {
    registerMessageHandlers();
    const contact = await created();
    sendAs(EXTENSION_PAGE);
    const moved = await sendMessage('moveContactStage', { id: contact.id, stage: 'Won' });
    expect(moved.stage).toBe('Won');
    expect((await getDb().contacts.get(contact.id))?.stage).toBe('Won');
    const [latest] = await contactHistory(getDb(), contact.id);
    expect(latest).toMatchObject({ kind: 'stage', origin: 'board', changes: { stage: ['Lead', 'Won'] } });
  });

  it('refuses a move from a content script, and an unknown stage', async () => {
    registerMessageHandlers();
    const contact = await created();
    sendAs(CONTENT_SCRIPT);
    await expect(sendMessage('moveContactStage', { id: contact.id, stage: 'Won' })).rejects.toThrow(/forbidden_sender/);
    sendAs(EXTENSION_PAGE);
    await expect(sendMessage('moveContactStage', { id: contact.id, stage: 'Done' as never })).rejects.toThrow(/invalid_message/);
    expect((await getDb().contacts.get(contact.id))?.stage).toBe('Lead');
  });

  it('says when the contact no longer exists', async () => {
    registerMessageHandlers();
    sendAs(EXTENSION_PAGE);
    await expect(sendMessage('moveContactStage', { id: 999, stage: 'Won' })).rejects.toThrow(/not_found/);
  });
});
