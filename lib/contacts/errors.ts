/** Expected refusals, with a stable code the UI translates. */
export type RefusalCode = 'plan_limit' | 'suppressed' | 'duplicate_email' | 'not_found' | 'invalid';

export class ContactError extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string = code,
  ) {
    super(message);
    this.name = 'ContactError';
  }
}
