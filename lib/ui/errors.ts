import { isQuotaError } from '../db/storage-errors';
import type { MessageKey, Params } from '../i18n';
import { PLAN_LIMITS } from '../model/settings';

/** A user-facing message for a refusal code or an unexpected error. */
export function errorMessage(error: unknown): { key: MessageKey; params?: Params } {
  // From the background ("storage_full") or from a page's own bulk writes (the raw browser error).
  if (isQuotaError(error)) return { key: 'error.storage_full' };
  const text = error instanceof Error ? error.message : String(error);
  const code = text.split(':')[0]?.trim();
  switch (code) {
    case 'duplicate_email':
      return { key: 'error.duplicate_email' };
    case 'not_found':
      return { key: 'error.not_found' };
    case 'suppressed':
      return { key: 'error.suppressed' };
    case 'plan_limit':
      return { key: 'error.plan_limit', params: { limit: PLAN_LIMITS.free ?? 0 } };
    case 'consent_required':
      return { key: 'privacy.error.consent_required' };
    case 'erased_permanent':
      return { key: 'privacy.error.erased_permanent' };
    case 'note_limit':
      return { key: 'error.note_limit' };
    case 'undo_expired':
      return { key: 'error.undo_expired' };
    case 'edit_conflict':
      return { key: 'error.edit_conflict', params: { fields: text.slice(text.indexOf(':') + 1).trim() } };
    default:
      return { key: 'error.unexpected', params: { detail: text } };
  }
}
