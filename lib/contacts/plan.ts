import type { FluenzrDatabase } from '../db/database';
import { PLAN_LIMITS, type Plan } from '../model';
import { ContactError } from './errors';

/**
 * Contacts that count against the plan: the non-archived ones. An IndexedDB
 * count walks the whole index, so a limit check passes `cap` and reads at most
 * that many keys (the answer is then min(count, cap)): enough to compare.
 */
export function countLiveContacts(db: FluenzrDatabase, cap?: number): Promise<number> {
  const live = db.contacts.where('archived').equals(0);
  return cap === undefined ? live.count() : live.limit(cap).count();
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
  return { plan, used: await countLiveContacts(db), limit: PLAN_LIMITS[plan] };
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
