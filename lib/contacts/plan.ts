import type { FluenzrDatabase } from '../db/database';
import { PLAN_LIMITS, type Plan } from '../model';
import { countByArchived } from './counts';
import { ContactError } from './errors';

/**
 * Contacts that count against the plan (the non-archived ones), at most `cap`
 * of them: enough to compare with a limit. Read from the index, not the
 * counters, because writers call it inside transactions that did not name the
 * counters table; with a cap it reads at most that many keys.
 */
export function countLiveContacts(db: FluenzrDatabase, cap: number): Promise<number> {
  return db.contacts.where('archived').equals(0).limit(cap).count();
}

export interface PlanUsage {
  plan: Plan;
  used: number;
  limit: number | null;
}

/** How many more live contacts the plan accepts (Infinity when unlimited). */
export function roomLeft(usage: PlanUsage): number {
  return usage.limit === null ? Infinity : Math.max(0, usage.limit - usage.used);
}

export async function planUsage(db: FluenzrDatabase, plan: Plan): Promise<PlanUsage> {
  return { plan, used: await countByArchived(db, 0), limit: PLAN_LIMITS[plan] };
}

/**
 * Refuse, inside the caller's transaction, when `adding` more live contacts
 * would pass the plan's limit. Every path that adds or revives a contact calls
 * this (capture and manual add via upsertByEmail, unarchive, restore).
 */
export async function assertRoomFor(db: FluenzrDatabase, plan: Plan, adding: number): Promise<void> {
  const limit = PLAN_LIMITS[plan];
  if (adding <= 0 || limit === null) return;
  if (limit - (await countLiveContacts(db, limit)) < adding) throw new ContactError('plan_limit');
}
