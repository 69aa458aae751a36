import { z } from '../zod';

export const GroupSchema = z.object({
  id: z.number().int().positive(),
  name: z.string().trim().min(1).max(80),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  createdAt: z.number(),
});
export type Group = z.infer<typeof GroupSchema>;

export const CUSTOM_FIELD_TYPES = ['text', 'number', 'date', 'boolean', 'choice', 'url', 'email', 'phone'] as const;
export const CustomFieldTypeSchema = z.enum(CUSTOM_FIELD_TYPES);

export const CustomFieldDefSchema = z.object({
  /** Stable key used in contact.customFields; survives renames. */
  key: z.string().regex(/^[a-z0-9_]{1,64}$/),
  label: z.string().trim().min(1).max(80),
  type: CustomFieldTypeSchema,
  options: z.array(z.string().max(80)).optional(),
  createdAt: z.number(),
});
export type CustomFieldDef = z.infer<typeof CustomFieldDefSchema>;

export const HISTORY_KINDS = ['captured', 'recaptured', 'edited', 'stage', 'status', 'imported', 'merged', 'archived', 'unarchived', 'noteDeleted'] as const;
export const HistoryKindSchema = z.enum(HISTORY_KINDS);

/** One history entry records one write: at most every field of a contact, twice. */
export const HISTORY_LIMITS = { fields: 200, bytes: 100_000 } as const;

export const HistoryEntrySchema = z.object({
  id: z.number().int().positive(),
  contactId: z.number().int().positive(),
  at: z.number(),
  kind: HistoryKindSchema,
  /** Field name → [before, after]; only what changed. */
  changes: z
    .record(z.string().max(100), z.tuple([z.unknown(), z.unknown()]))
    .refine((changes) => Object.keys(changes).length <= HISTORY_LIMITS.fields, 'history_too_many_changes')
    .refine((changes) => JSON.stringify(changes).length <= HISTORY_LIMITS.bytes, 'history_too_large')
    .optional(),
  /** Where the change came from (a page URL, a file, "manual"). */
  origin: z.string().max(2048).optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const SuppressionSchema = z.object({
  /** SHA-256 hex of the normalized email: the address itself is not kept. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  reason: z.enum(['erased', 'unsubscribed']),
  at: z.number(),
});
export type Suppression = z.infer<typeof SuppressionSchema>;
