import { browser } from 'wxt/browser';
import { z } from '../zod';
import type { UpsertResult } from '../contacts/repository';

/**
 * A save the user asked for away from any form (the keyboard shortcut, the
 * context menu) that did not go through. The badge can only say "!", so the
 * reason is kept in storage.local (the worker keeps nothing in memory) and
 * told by a banner the next time the popup opens, until dismissed.
 */
export const FAILED_SAVE_KEY = 'fluenzr.failedSave';

export const FAIL_REASONS = ['plan_limit', 'erased', 'unsubscribed', 'invalid', 'nothing', 'error'] as const;
export type FailReason = (typeof FAIL_REASONS)[number];

export const FailedSaveSchema = z.object({
  at: z.number().int().nonnegative(),
  via: z.enum(['shortcut', 'menu']),
  reason: z.enum(FAIL_REASONS),
  email: z.string().max(254).optional(),
  /** Addresses not saved (the context menu may carry several). */
  count: z.number().int().nonnegative().optional(),
});
export type FailedSave = z.infer<typeof FailedSaveSchema>;

/** The reason a repository answer was a refusal, if it was one. */
export function failReasonOf(result: UpsertResult): FailReason | undefined {
  if (result.outcome === 'invalid') return 'invalid';
  if (result.outcome !== 'refused') return undefined;
  return result.reason === 'plan_limit' ? 'plan_limit' : (result.suppressedAs ?? 'erased');
}

export async function recordFailedSave(failure: FailedSave): Promise<void> {
  await browser.storage.local.set({ [FAILED_SAVE_KEY]: failure });
}

/** The last failed save, if any; anything unreadable is treated as none. */
export async function readFailedSave(): Promise<FailedSave | undefined> {
  const stored = (await browser.storage.local.get(FAILED_SAVE_KEY))[FAILED_SAVE_KEY];
  const parsed = FailedSaveSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

export async function dismissFailedSave(): Promise<void> {
  await browser.storage.local.remove(FAILED_SAVE_KEY);
}
