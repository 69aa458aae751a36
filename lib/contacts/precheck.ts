import type { FluenzrDatabase } from '../db/database';
import { emailHash } from '../gdpr/hash';
import { checkEmail, PLAN_LIMITS, type Plan } from '../model';
import { countByArchived } from './counts';

/** Why a capture of this address would be refused, told before Save (the same rules upsertByEmail applies). */
export type SaveRefusal = { reason: 'erased' | 'unsubscribed' } | { reason: 'plan_limit'; limit: number };

/**
 * Read-only: the suppression list first (an erased or unsubscribed address is
 * never captured again, even as a refresh), then the plan for a new contact.
 * Undefined when a save would go through, or the address is not valid yet.
 */
export async function refusalBeforeSave(db: FluenzrDatabase, rawEmail: string, plan: Plan): Promise<SaveRefusal | undefined> {
  const checked = checkEmail(rawEmail);
  if (!checked.ok) return undefined;
  const suppressed = await db.suppression.get(await emailHash(checked.email));
  if (suppressed) return { reason: suppressed.reason };
  const limit = PLAN_LIMITS[plan];
  if (limit === null || (await db.contacts.where('email').equals(checked.email).count())) return undefined;
  return (await countByArchived(db, 0)) >= limit ? { reason: 'plan_limit', limit } : undefined;
}
