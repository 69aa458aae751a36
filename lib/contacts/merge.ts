import { EDITABLE_FIELDS, MAX_OTHER_EMAILS, type Contact, type CustomValue, type ValidContactDraft } from '../model';

/**
 * How an incoming record meets an existing contact with the same email.
 * - skip: change nothing;
 * - fill: only empty fields are filled;
 * - refresh (captures): fill, and update values that came from an earlier
 *   capture or import, but never a value the user typed;
 * - overwrite (explicit user choice): every incoming value wins.
 */
export type MergePolicy = 'skip' | 'fill' | 'refresh' | 'overwrite';

export type FieldChanges = Record<string, [unknown, unknown]>;

export interface MergeResult {
  patch: Partial<Contact>;
  /** Applied: field → [before, after]. */
  changes: FieldChanges;
  /** Not applied, because of the policy: field → [kept, incoming]. */
  conflicts: FieldChanges;
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

export function mergeDraft(existing: Contact, draft: ValidContactDraft, policy: MergePolicy): MergeResult {
  const patch: Partial<Contact> = {};
  const changes: FieldChanges = {};
  const conflicts: FieldChanges = {};
  if (policy === 'skip') return { patch, changes, conflicts };

  const decide = (field: string, current: unknown, incoming: unknown): boolean => {
    if (isEmpty(incoming) || current === incoming) return false;
    if (isEmpty(current) || policy === 'overwrite') return true;
    if (policy === 'refresh' && !existing.editedFields.includes(field)) return true;
    conflicts[field] = [current, incoming];
    return false;
  };

  for (const field of EDITABLE_FIELDS) {
    const incoming = draft[field];
    if (decide(field, existing[field], incoming)) {
      patch[field] = incoming;
      changes[field] = [existing[field], incoming];
    }
  }

  const custom: Record<string, CustomValue> = { ...existing.customFields };
  let customChanged = false;
  for (const [key, incoming] of Object.entries(draft.customFields ?? {})) {
    if (decide(`custom:${key}`, custom[key], incoming)) {
      changes[`custom:${key}`] = [custom[key], incoming];
      custom[key] = incoming;
      customChanged = true;
    }
  }
  if (customChanged) patch.customFields = custom;

  // Tags and groups only ever accumulate on a merge.
  const tags = union(existing.tags, draft.tags);
  if (tags.length !== existing.tags.length) {
    patch.tags = tags;
    changes.tags = [existing.tags, tags];
  }
  const groupIds = union(existing.groupIds, draft.groupIds);
  if (groupIds.length !== existing.groupIds.length) {
    patch.groupIds = groupIds;
    changes.groupIds = [existing.groupIds, groupIds];
  }

  // Other addresses accumulate too, up to the model's cap, never repeating the main one.
  const others = union(existing.otherEmails ?? [], draft.otherEmails).filter((e) => e !== existing.email).slice(0, MAX_OTHER_EMAILS);
  if (others.length !== (existing.otherEmails ?? []).length) {
    patch.otherEmails = others;
    changes.otherEmails = [existing.otherEmails ?? [], others];
  }

  // Stage and status are the user's pipeline decisions: only an explicit overwrite moves them.
  for (const field of ['stage', 'status'] as const) {
    const incoming = draft[field];
    if (incoming === undefined || incoming === existing[field]) continue;
    if (policy === 'overwrite') {
      patch[field] = incoming as never;
      changes[field] = [existing[field], incoming];
    } else {
      conflicts[field] = [existing[field], incoming];
    }
  }
  return { patch, changes, conflicts };
}

function union<T>(base: T[], extra: T[] | undefined): T[] {
  if (!extra?.length) return base;
  const seen = new Set(base);
  const out = [...base];
  for (const item of extra) {
    if (!seen.has(item)) {
      seen.add(item);
      out.push(item);
    }
  }
  return out;
}
