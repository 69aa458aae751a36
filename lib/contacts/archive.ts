import { bulkUpdate } from './bulk';

export interface ArchiveOutcome {
  /** Contacts whose archived flag changed. */
  changed: number;
}

/** Hide contacts from lists, board, segments and exports; frees room under the plan. One transaction, with history. */
export async function archiveContacts(ids: number[], origin = 'manual'): Promise<ArchiveOutcome> {
  return { changed: (await bulkUpdate(ids, { kind: 'archive' }, origin)).changed };
}

/**
 * Bring archived contacts back. They count against the plan again, so the
 * whole batch is refused (ContactError 'plan_limit') when it does not fit.
 */
export async function unarchiveContacts(ids: number[], origin = 'manual'): Promise<ArchiveOutcome> {
  return { changed: (await bulkUpdate(ids, { kind: 'unarchive' }, origin)).changed };
}
