import type { Contact, ContactPatch } from '../../lib/model';

/** The version an edit starts from and its fields' values then (lib/contacts/edit.ts). Its own file: the table's inline editor needs it without the form's phone validation. */
export function editBase(opened: Contact, patch: ContactPatch): { updatedAt: number; values: Record<string, unknown> } {
  return { updatedAt: opened.updatedAt, values: Object.fromEntries(Object.keys(patch).map((field) => [field, opened[field as keyof Contact] ?? null])) };
}
