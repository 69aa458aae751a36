/** Expected refusals, with a stable code the UI translates. */
export type RefusalCode =
  | 'plan_limit'
  | 'suppressed'
  | 'duplicate_email'
  | 'not_found'
  | 'invalid'
  /** Leaving Unsubscribed for a status that allows campaigns needs new consent. */
  | 'consent_required'
  /** An erasure's suppression entry is never lifted (see lib/gdpr/suppression.ts). */
  | 'erased_permanent'
  /** An edit based on an older version, over fields someone changed meanwhile. */
  | 'edit_conflict'
  /** A contact already holds NOTE_LIMITS.perContact notes. */
  | 'note_limit'
  /** An undo whose record expired (lib/contacts/undo.ts) or was already used. */
  | 'undo_expired';

export class ContactError extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string = code,
  ) {
    super(message);
    this.name = 'ContactError';
  }
}
