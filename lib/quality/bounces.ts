import { getDb } from '../db/database';
import { archiveContacts } from '../contacts/archive';
import { deleteContacts } from '../contacts/repository';

/** Ids of live Bounced contacts, from the [archived+status] index (keys only). */
export async function bouncedIds(): Promise<number[]> {
  return (await getDb().contacts.where('[archived+status]').equals([0, 'Bounced']).primaryKeys()) as number[];
}

export function countBounced(): Promise<number> {
  return getDb().contacts.where('[archived+status]').equals([0, 'Bounced']).count();
}

/**
 * "Clean bounces": archive (undoable) or delete (final) every live Bounced
 * contact. Deleting a bounce is housekeeping, not a person's erasure request,
 * so it does not put the address on the (never liftable) erasure list.
 */
export async function cleanBounces(action: 'archive' | 'delete'): Promise<number> {
  const ids = await bouncedIds();
  if (action === 'delete') return deleteContacts(ids);
  return (await archiveContacts(ids, 'clean-bounces')).changed;
}
