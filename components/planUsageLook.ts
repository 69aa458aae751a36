import type { PlanUsage } from '../lib/model/settings-values';

/** The plan usage's look and words, shared by PlanUsage and the popup's first paint (which has no React). */
export const planUsageClass = (usage: PlanUsage): string =>
  usage.limit !== null && usage.used >= usage.limit ? 'text-xs font-semibold text-red-700 dark:text-red-300' : 'text-xs text-slate-600 dark:text-slate-300';

export const planUsageKey = (usage: PlanUsage) => (usage.limit === null ? 'plan.unlimited' : 'plan.usage');

export const planUsageParams = (usage: PlanUsage): Record<string, number> =>
  usage.limit === null ? { used: usage.used } : { used: usage.used, limit: usage.limit };
