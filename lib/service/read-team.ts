import { getDb } from '../db/database';
import { ContactError } from '../contacts/errors';
import { UNSETTLED_KEY, type UnsettledRow } from '../sync/apply';
import { restoreDeleted } from '../sync/restore';

/** Changes written here that the team server has not taken yet. */
export const pendingSyncChanges = () => getDb().outbox.count();

/** Conflicts the merge rules could not settle, for the user to decide (lib/sync/apply.ts). */
export async function unsettledConflicts(): Promise<UnsettledRow[]> {
  return ((await getDb().kv.get(UNSETTLED_KEY))?.value as UnsettledRow[] | undefined) ?? [];
}

/** The user decided: that conflict leaves the list. */
export async function dismissConflict(index: number): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.kv, async () => {
    const rows = await unsettledConflicts();
    await db.kv.put({ key: UNSETTLED_KEY, value: rows.filter((_, j) => j !== index) });
  });
}

/** "Restore with my edits" of a contact a colleague deleted (lib/sync/restore.ts): the contact, or a refusal code. */
export async function restoreDeletedContact(docId: string, at: number): Promise<{ ok: true; name: string } | { ok: false; code: string }> {
  try {
    const contact = await restoreDeleted(docId, at);
    return { ok: true, name: [contact.firstName, contact.lastName].filter(Boolean).join(' ') || contact.email };
  } catch (error) {
    return { ok: false, code: error instanceof ContactError ? error.code : 'failed' };
  }
}
