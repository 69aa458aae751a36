import { z } from '../zod';
import { cleanLine } from './clean-text';
import { checkEmail } from './email';

export const STAGES = ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'] as const;
export const StageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof StageSchema>;

export const STATUSES = ['Active', 'Unsubscribed', 'Bounced', 'Replied', 'Blocked'] as const;
export const StatusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof StatusSchema>;

export const SOURCE_METHODS = ['linkedin', 'salesnav', 'gmail', 'page', 'import', 'manual'] as const;
export const SourceMethodSchema = z.enum(SOURCE_METHODS);
export type SourceMethod = z.infer<typeof SourceMethodSchema>;

export const LEGAL_BASES = ['legitimate_interest', 'consent', 'contract', 'other'] as const;
export const LegalBasisSchema = z.enum(LEGAL_BASES);
export type LegalBasis = z.infer<typeof LegalBasisSchema>;

/** Short free text from pages or users: bounded so a hostile page cannot bloat the base. */
export const MAX_TEXT = 500;
/** One-line text cleaned of hidden controls (./clean-text.ts), trimmed, bounded. */
export function lineText(max: number) {
  return z.string().transform(cleanLine).pipe(z.string().trim().max(max));
}
const text = lineText(MAX_TEXT);
const optionalText = text.optional();

/** Email after normalization; the error message is the precise problem code. */
export const EmailSchema = z.string().transform((raw, ctx) => {
  const check = checkEmail(raw);
  if (!check.ok) {
    ctx.addIssue({ code: 'custom', message: check.problem });
    return z.NEVER;
  }
  return check.email;
});

export const SourceSchema = z.object({
  method: SourceMethodSchema,
  /** Page URL or file name. */
  where: z.string().max(2048),
  /** Epoch milliseconds. */
  at: z.number().int().nonnegative(),
});
export type Source = z.infer<typeof SourceSchema>;

export const ConsentSchema = z.object({
  basis: LegalBasisSchema,
  note: z.string().max(MAX_TEXT).optional(),
  at: z.number().int().nonnegative(),
});
export type Consent = z.infer<typeof ConsentSchema>;

export const CustomValueSchema = z.union([z.string().max(5000), z.number(), z.boolean(), z.null()]);
export type CustomValue = z.infer<typeof CustomValueSchema>;

/** Caps on one contact's custom fields: a page or file cannot store megabytes in one contact. */
export const CUSTOM_FIELD_LIMITS = { keys: 100, keyLength: 64, bytes: 32_000 } as const;

export const CustomFieldsSchema = z
  .record(z.string().min(1).max(CUSTOM_FIELD_LIMITS.keyLength, 'custom_fields_key_too_long'), CustomValueSchema, { error: 'custom_fields_key_too_long' })
  .refine((fields) => Object.keys(fields).length <= CUSTOM_FIELD_LIMITS.keys, 'custom_fields_too_many')
  .refine((fields) => JSON.stringify(fields).length <= CUSTOM_FIELD_LIMITS.bytes, 'custom_fields_too_large');

/** Array caps of a stored contact (a restored file is held to them too). */
export const CONTACT_LIMITS = { tags: 100, groups: 100, editedFields: 200, searchWords: 2000 } as const;

/** The fields a capture, an import or a user may set directly. */
export const EDITABLE_FIELDS = ['firstName', 'lastName', 'company', 'title', 'phone', 'linkedinUrl'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

const ContactFieldsSchema = z.object({
  firstName: optionalText,
  lastName: optionalText,
  company: optionalText,
  title: optionalText,
  phone: lineText(64).optional(),
  linkedinUrl: z.string().trim().max(2048).optional(),
});

/** What to do next about a contact, and by when (epoch ms). */
export const NEXT_STEP_MAX = 200;
export const NextStepSchema = z.object({
  text: lineText(NEXT_STEP_MAX).pipe(z.string().min(1)),
  dueAt: z.number().int().nonnegative(),
});
export type NextStep = z.infer<typeof NextStepSchema>;

/** Further addresses of the same person (an import's other email columns, or a cell holding several); `email` is the first. */
export const MAX_OTHER_EMAILS = 10;

/** What arrives from a capture, an import row or the "new contact" form. */
export const ContactDraftSchema = ContactFieldsSchema.extend({
  email: EmailSchema,
  otherEmails: z.array(EmailSchema).max(MAX_OTHER_EMAILS).optional(),
  customFields: CustomFieldsSchema.optional(),
  tags: z.array(lineText(64).pipe(z.string().min(1))).max(CONTACT_LIMITS.tags).optional(),
  groupIds: z.array(z.number().int().positive()).max(CONTACT_LIMITS.groups).optional(),
  stage: StageSchema.optional(),
  status: StatusSchema.optional(),
  source: SourceSchema,
  consent: ConsentSchema.optional(),
});
export type ContactDraft = z.input<typeof ContactDraftSchema>;
export type ValidContactDraft = z.output<typeof ContactDraftSchema>;

export const ContactSchema = ContactFieldsSchema.extend({
  id: z.number().int().positive(),
  email: z.string(),
  otherEmails: z.array(z.string().max(254)).max(MAX_OTHER_EMAILS).optional(),
  customFields: CustomFieldsSchema,
  tags: z.array(lineText(64).pipe(z.string().min(1))).max(CONTACT_LIMITS.tags),
  groupIds: z.array(z.number().int()).max(CONTACT_LIMITS.groups),
  stage: StageSchema,
  status: StatusSchema,
  /** 0 or 1: IndexedDB cannot index booleans. */
  archived: z.union([z.literal(0), z.literal(1)]),
  source: SourceSchema,
  consent: ConsentSchema,
  /** Fields the user typed by hand; a later capture never overwrites them. */
  editedFields: z.array(z.string().max(100)).max(CONTACT_LIMITS.editedFields),
  /** Folded prefix words for search; derived, never edited. */
  searchWords: z.array(z.string().max(100)).max(CONTACT_LIMITS.searchWords),
  /** Folded sort keys (lib/db/sort-keys.ts); derived on every write, never edited. */
  sortName: z.string().optional(),
  sortCompany: z.string().optional(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Last time the prospect did something (captured again, replied…); drives retention. */
  lastActivityAt: z.number(),
  nextStep: NextStepSchema.optional(),
  /** nextStep.dueAt of a live contact (lib/db/due-key.ts); absent otherwise, so its index holds only the next steps to do. */
  nextDueAt: z.number().optional(),
});
export type Contact = z.infer<typeof ContactSchema>;
export type NewContact = Omit<Contact, 'id'>;

/** A user edit of an existing contact (from an extension page only). */
export const ContactPatchSchema = ContactFieldsSchema.extend({
  email: EmailSchema.optional(),
  customFields: CustomFieldsSchema.optional(),
  tags: z.array(lineText(64).pipe(z.string().min(1))).max(CONTACT_LIMITS.tags).optional(),
  groupIds: z.array(z.number().int().positive()).max(CONTACT_LIMITS.groups).optional(),
  stage: StageSchema.optional(),
  status: StatusSchema.optional(),
  consent: ConsentSchema.optional(),
  /** null clears it (done). */
  nextStep: NextStepSchema.nullable().optional(),
}).partial();
export type ContactPatch = z.input<typeof ContactPatchSchema>;

export function displayName(contact: Pick<Contact, 'firstName' | 'lastName' | 'email'>): string {
  const name = [contact.firstName, contact.lastName].filter(Boolean).join(' ').trim();
  return name || contact.email;
}
