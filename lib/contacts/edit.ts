import { z } from '../zod';
import type { Contact, ContactPatch } from '../model';
import { ContactError } from './errors';
import type { FieldChanges } from './merge';

/**
 * What an edit was based on: the contact's version (updatedAt) when the form
 * opened, and the value each edited field had then.
 */
export const EditBaseSchema = z.object({
  updatedAt: z.number(),
  values: z.record(z.string().max(100), z.unknown()),
});
export type EditBase = z.infer<typeof EditBaseSchema>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Apply a user's patch to the stored contact (pure). An edit based on an
 * older version applies only its own fields, so a change made meanwhile to
 * another field (an automatic Bounced, a re-capture) stays; if another change
 * touched one of the edited fields, the edit is refused, naming them, instead
 * of silently reverting that change.
 */
export function applyEdit(existing: Contact, patch: ContactPatch, base?: EditBase): { next: Contact; changes: FieldChanges } {
  const changes: FieldChanges = {};
  const next: Contact = { ...existing };
  const clashes: string[] = [];
  const stale = base !== undefined && base.updatedAt !== existing.updatedAt;
  for (const [field, value] of Object.entries(patch) as Array<[keyof Contact, unknown]>) {
    if (value === undefined) continue;
    // '' empties a text field, null clears a next step.
    const normalized = value === '' || value === null ? undefined : value;
    if (same(existing[field], normalized)) continue;
    if (stale && field in base.values && !same(existing[field], base.values[field])) {
      clashes.push(field);
      continue;
    }
    changes[field] = [existing[field], normalized];
    (next as Record<string, unknown>)[field] = normalized;
  }
  if (clashes.length) throw new ContactError('edit_conflict', `edit_conflict: ${clashes.join(', ')}`);
  return { next, changes };
}
