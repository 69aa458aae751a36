/**
 * Setting values that code outside the schemas needs, without zod: the
 * popup's first paint (lib/first-paint) reads them before the schemas'
 * module has loaded.
 */
export const PLANS = ['free', 'starter', 'pro'] as const;
export type Plan = (typeof PLANS)[number];

/** Non-archived contacts allowed per plan; null means unlimited. */
export const PLAN_LIMITS: Record<Plan, number | null> = { free: 300, starter: null, pro: null };

/** The plan of a user who never chose one (and of unreadable settings). */
export const DEFAULT_PLAN: Plan = 'free';

export interface PlanUsage {
  plan: Plan;
  used: number;
  limit: number | null;
}

/** The usage of `plan` with `used` live contacts. */
export function usageOf(plan: Plan, used: number): PlanUsage {
  return { plan, used, limit: PLAN_LIMITS[plan] };
}

export const LOCALE_SETTINGS = ['auto', 'en', 'fr'] as const;
export type LocaleSetting = (typeof LOCALE_SETTINGS)[number];
