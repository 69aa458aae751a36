import type { FluenzrDatabase } from '../db/database';
import { usageOf, type Plan, type PlanUsage } from '../model/settings-values';
import { countByArchived } from './counts';

export { usageOf, type PlanUsage };

/**
 * What the plan holds and how much of it is used, for display. The check
 * itself is rules.ts' planRoom, inside every write transaction.
 */
export async function planUsage(db: FluenzrDatabase, plan: Plan): Promise<PlanUsage> {
  return usageOf(plan, await countByArchived(db, 0));
}

