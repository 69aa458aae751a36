import { HashBook } from '../contacts/hashes';
import { commit, runWrite, type Proposal } from '../contacts/pipeline';
import type { HistoryEntry, Status } from '../model';
import { threadKey } from './thread-key';

export type UndoResult = { restored: true; status: Status } | { restored: false; reason: 'not_found' | 'changed' };

export const UNDO_ORIGIN = 'undo';

/** An automatic status change from Gmail (history kind "status" with a thread as origin). */
export function isAutoStatusEntry(entry: HistoryEntry): boolean {
  return entry.kind === 'status' && entry.origin !== undefined && threadKey(entry.origin) !== undefined && Array.isArray(entry.changes?.status);
}

/**
 * Put back the status an automatic change replaced, but only if nothing
 * changed the status since (it is still the automatic value, and no later
 * status entry exists). The undo itself is recorded in the history.
 */
export async function undoAutoStatus(historyId: number, now = Date.now()): Promise<UndoResult> {
  const hashes = new HashBook();
  return runWrite(async (db): Promise<UndoResult> => {
    const entry = await db.history.get(historyId);
    if (!entry || !isAutoStatusEntry(entry)) return { restored: false, reason: 'not_found' };
    const contact = await db.contacts.get(entry.contactId);
    if (!contact) return { restored: false, reason: 'not_found' };
    const [before, after] = entry.changes!.status as [Status, Status];
    const latest = await db.history
      .where('[contactId+at]')
      .between([contact.id, entry.at], [contact.id, Infinity])
      .filter((other) => other.kind === 'status' && other.id !== entry.id)
      .first();
    if (contact.status !== after || latest) return { restored: false, reason: 'changed' };
    const proposal: Proposal = { before: contact, after: { ...contact, status: before }, kind: 'status', changes: { status: [after, before] } };
    const { written } = await commit(db, [proposal], { hashes, origin: UNDO_ORIGIN, consent: 'keep-status', room: 'refuse', now });
    // The consent rule kept the status (it would reopen an unsubscribe): nothing to undo.
    return written[0]?.contact.status === before ? { restored: true, status: before } : { restored: false, reason: 'changed' };
  });
}
