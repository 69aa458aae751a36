import { getDb, type FluenzrDatabase } from '../db/database';
import type { Contact } from '../model';
import { getSettings } from '../settings/store';
import { assertRoomFor } from './plan';

const CHUNK = 500;

export interface ArchiveOutcome {
  /** Contacts whose archived flag changed. */
  changed: number;
}

/**
 * Set the archived flag on a set of contacts, chunk by chunk inside ONE
 * transaction (all or nothing), recording each change in history.
 */
async function setArchived(db: FluenzrDatabase, ids: number[], archived: 0 | 1, origin: string): Promise<number> {
  let changed = 0;
  const at = Date.now();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = (await db.contacts.bulkGet(ids.slice(i, i + CHUNK))).filter((c): c is Contact => !!c && c.archived !== archived);
    if (!rows.length) continue;
    // The rows are in hand: one put each (bulkUpdate would read them again).
    await db.contacts.bulkPut(rows.map((c) => ({ ...c, archived, updatedAt: at })));
    await db.history.bulkAdd(
      rows.map((c) => ({ contactId: c.id, at, kind: archived ? 'archived' : 'unarchived', changes: { archived: [c.archived, archived] }, origin })) as never,
    );
    changed += rows.length;
  }
  return changed;
}

/** Hide contacts from lists, board, segments and exports; frees room under the plan. */
export async function archiveContacts(ids: number[], origin = 'manual'): Promise<ArchiveOutcome> {
  const db = getDb();
  return db.transaction('rw', [db.contacts, db.history], async () => ({ changed: await setArchived(db, ids, 1, origin) }));
}

/**
 * Bring archived contacts back. They count against the plan again, so the
 * whole batch is refused (ContactError 'plan_limit') when it does not fit.
 */
export async function unarchiveContacts(ids: number[], origin = 'manual'): Promise<ArchiveOutcome> {
  const { plan } = await getSettings();
  const db = getDb();
  return db.transaction('rw', [db.contacts, db.history], async () => {
    let reviving = 0;
    for (let i = 0; i < ids.length; i += CHUNK) {
      reviving += (await db.contacts.bulkGet(ids.slice(i, i + CHUNK))).filter((c) => c?.archived === 1).length;
    }
    await assertRoomFor(db, plan, reviving);
    return { changed: await setArchived(db, ids, 0, origin) };
  });
}
