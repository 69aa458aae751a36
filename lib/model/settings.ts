import { z } from '../zod';
import { LegalBasisSchema } from './contact';
import { DEFAULT_PLAN, LOCALE_SETTINGS, PLANS } from './settings-values';

export { LOCALE_SETTINGS, PLANS, PLAN_LIMITS, type Plan } from './settings-values';
export const PlanSchema = z.enum(PLANS);

export const SettingsSchema = z.object({
  plan: PlanSchema.catch(DEFAULT_PLAN),
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
