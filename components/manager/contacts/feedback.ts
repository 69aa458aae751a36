import type { MessageKey, Translate } from '../../../lib/i18n';
import { PLAN_LIMITS } from '../../../lib/model';
import { errorMessage } from '../../../lib/ui/errors';

/** A user-facing sentence for a refusal from the background (manager codes first, then the common ones). */
export function describeError(error: unknown, t: Translate): string {
  const code = (error instanceof Error ? error.message : String(error)).split(':')[0]?.trim();
  const own: Record<string, MessageKey> = { duplicate_group: 'groups.error.duplicate', plan_limit: 'error.plan_limit' };
  if (code && own[code]) return t(own[code], { limit: PLAN_LIMITS.free ?? 0 });
  const { key, params } = errorMessage(error);
  return t(key, params);
}
