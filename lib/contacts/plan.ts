import type { FluenzrDatabase } from '../db/database';
import { PLAN_LIMITS, type Plan } from '../model';
import { countByArchived } from './counts';

export interface PlanUsage {
  plan: Plan;
  used: number;
  limit: number | null;
}

/**
 * What the plan holds and how much of it is used, for display. The check
 * itself is rules.ts' planRoom, inside every write transaction.
 */
export async function planUsage(db: FluenzrDatabase, plan: Plan): Promise<PlanUsage> {
  return usageOf(plan, await countByArchived(db, 0));
}

/** The usage of `plan` with `used` live contacts. */
export function usageOf(plan: Plan, used: number): PlanUsage {
  return { plan, used, limit: PLAN_LIMITS[plan] };
}
