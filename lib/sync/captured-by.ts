import type { FluenzrDatabase } from '../db/database';
import { refOf } from './registry';

/** The colleague who brought this contact into the team's base, when it came from another machine (apply.ts records it). */
export async function capturedBy(db: FluenzrDatabase, contactId: number): Promise<string | undefined> {
  const rows = await db.syncIds.where('ref').equals(refOf('contacts', contactId)).toArray();
  return rows.map((row) => row.by).find((by): by is string => !!by);
}
