import { z } from 'zod';
import { LegalBasisSchema } from './contact';

export const PLANS = ['free', 'starter', 'pro'] as const;
export const PlanSchema = z.enum(PLANS);
export type Plan = z.infer<typeof PlanSchema>;

/** Non-archived contacts allowed per plan; null means unlimited. */
export const PLAN_LIMITS: Record<Plan, number | null> = { free: 300, starter: null, pro: null };

export const LOCALE_SETTINGS = ['auto', 'en', 'fr'] as const;

export const SettingsSchema = z.object({
  plan: PlanSchema.catch('free'),
  locale: z.enum(LOCALE_SETTINGS).catch('auto'),
  defaultLegalBasis: LegalBasisSchema.catch('legitimate_interest'),
  retentionMonths: z.number().int().min(1).max(120).catch(36),
  inPageButton: z.boolean().catch(false),
  autoStatusFromGmail: z.boolean().catch(true),
  /** Notifications at each next step's due time and the overdue count on the toolbar icon. */
  reminders: z.boolean().catch(true),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
