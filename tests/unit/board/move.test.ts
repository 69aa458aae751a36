import { describe, expect, it } from 'vitest';
import { registerMessageHandlers } from '../../../lib/background/router';
import { contactHistory } from '../../../lib/contacts/history';
import { upsertByEmail } from '../../../lib/contacts/repository';
import { getDb } from '../../../lib/db/database';
import * as service from '../../../lib/service';
import { draft } from '../helpers/drafts';
import { sendFromContentScript } from '../helpers/runtime';

async function created() {
  const result = await upsertByEmail(draft());
  if (result.outcome !== 'created') throw new Error(result.outcome);
  return result.contact;
}

describe('moveContactStage', () => {
  it('moves a contact and records the move in its history, as a user edit from the board', async () => {
    const contact = await created();
    const moved = await service.moveContactStage({ id: contact.id, stage: 'Won' });
    expect(moved.stage).toBe('Won');
    expect((await getDb().contacts.get(contact.id))?.stage).toBe('Won');
    const [latest] = await contactHistory(getDb(), contact.id);
    expect(latest).toMatchObject({ kind: 'stage', origin: 'board', changes: { stage: ['Lead', 'Won'] } });
  });

  it('is no message for a content script, and refuses an unknown stage', async () => {
    registerMessageHandlers();
    const contact = await created();
    expect(await sendFromContentScript('moveContactStage', { id: contact.id, stage: 'Won' })).toBeUndefined();
    await expect(service.moveContactStage({ id: contact.id, stage: 'Done' as never })).rejects.toThrow(/invalid_input/);
    expect((await getDb().contacts.get(contact.id))?.stage).toBe('Lead');
  });

  it('says when the contact no longer exists', async () => {
    await expect(service.moveContactStage({ id: 999, stage: 'Won' })).rejects.toThrow(/not_found/);
  });
});
