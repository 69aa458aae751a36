import type { MessageKey } from '../../lib/i18n';

const CODES = ['label_required', 'label_too_long', 'label_taken', 'options_required', 'options_duplicate', 'not_found', 'type_locked'] as const;

/** The message for a refused field definition (the code arrives in the error text). */
export function fieldErrorKey(error: unknown): { key: MessageKey; detail?: string } {
  const text = error instanceof Error ? error.message : String(error);
  const code = CODES.find((c) => text.includes(c));
  return code ? { key: `fields.error.${code}` } : { key: 'error.unexpected', detail: text };
}
