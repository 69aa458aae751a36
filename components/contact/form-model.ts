import type { CountryCode } from 'libphonenumber-js';
import { fieldValueMessageKey, validateFieldValue, type FieldValueCheck } from '../../lib/customFields/validate';
import type { MessageKey } from '../../lib/i18n';
import {
  checkEmail,
  type Contact,
  type ContactDraft,
  type ContactPatch,
  type CustomFieldDef,
  type CustomValue,
  type LegalBasis,
  type Stage,
  type Status,
} from '../../lib/model';

export const TEXT_FIELDS = ['email', 'firstName', 'lastName', 'company', 'title', 'phone', 'linkedinUrl'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** What the drawer's form holds: text as typed, custom values as strings until saved. */
export interface FormValues extends Record<TextField, string> {
  stage: Stage;
  status: Status;
  tags: string[];
  groupIds: number[];
  basis: LegalBasis;
  consentNote: string;
  custom: Record<string, string>;
}

export type FormErrors = Partial<Record<string, MessageKey>>;

function customToText(value: CustomValue | undefined): string {
  return value === undefined || value === null ? '' : String(value);
}

export function valuesOf(contact: Contact | undefined, defs: CustomFieldDef[], basis: LegalBasis): FormValues {
  return {
    email: contact?.email ?? '',
    firstName: contact?.firstName ?? '',
    lastName: contact?.lastName ?? '',
    company: contact?.company ?? '',
    title: contact?.title ?? '',
    phone: contact?.phone ?? '',
    linkedinUrl: contact?.linkedinUrl ?? '',
    stage: contact?.stage ?? 'Lead',
    status: contact?.status ?? 'Active',
    tags: contact?.tags ?? [],
    groupIds: contact?.groupIds ?? [],
    basis: contact?.consent.basis ?? basis,
    consentNote: contact?.consent.note ?? '',
    custom: Object.fromEntries(defs.map((def) => [def.key, customToText(contact?.customFields[def.key])])),
  };
}

const isUrl = (text: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
};

/**
 * A custom value checked by the one validator of custom fields (the import
 * and the field editor use it too): undefined when empty, else its check.
 */
function checkCustom(def: CustomFieldDef, text: string, country?: CountryCode): FieldValueCheck | undefined {
  const check = validateFieldValue(def, text, { defaultCountry: country });
  return check.ok && check.value === null ? undefined : check;
}

/** Every problem, by field (custom fields as `custom:<key>`), as message keys. */
export function validate(values: FormValues, defs: CustomFieldDef[], country?: CountryCode): FormErrors {
  const errors: FormErrors = {};
  const email = checkEmail(values.email);
  if (!email.ok) errors.email = `email.${email.problem}`;
  if (values.linkedinUrl.trim() && !isUrl(values.linkedinUrl.trim())) errors.linkedinUrl = 'contacts.error.url';
  if (values.phone.trim().length > 64) errors.phone = 'contacts.error.phone';
  for (const def of defs) {
    const check = checkCustom(def, values.custom[def.key] ?? '', country);
    if (check && !check.ok) errors[`custom:${def.key}`] = fieldValueMessageKey(check.problem);
  }
  return errors;
}

function customFields(values: FormValues, defs: CustomFieldDef[], base: Record<string, CustomValue>, country?: CountryCode): Record<string, CustomValue> {
  const out = { ...base };
  for (const def of defs) {
    const check = checkCustom(def, values.custom[def.key] ?? '', country);
    if (check?.ok) out[def.key] = check.value;
    else delete out[def.key];
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what changed; an emptied text field is sent as '' (cleared). Call after validate. */
export function patchOf(contact: Contact, values: FormValues, defs: CustomFieldDef[], now = Date.now(), country?: CountryCode): ContactPatch {
  const patch: Record<string, unknown> = {};
  for (const field of TEXT_FIELDS) {
    const next = field === 'email' ? (checkEmail(values.email) as { email: string }).email : values[field].trim();
    if (next !== (contact[field] ?? '')) patch[field] = next;
  }
  if (values.stage !== contact.stage) patch.stage = values.stage;
  if (values.status !== contact.status) patch.status = values.status;
  if (!same(values.tags, contact.tags)) patch.tags = values.tags;
  if (!same(values.groupIds, contact.groupIds)) patch.groupIds = values.groupIds;
  const custom = customFields(values, defs, contact.customFields, country);
  if (!same(custom, contact.customFields)) patch.customFields = custom;
  const note = values.consentNote.trim();
  if (values.basis !== contact.consent.basis || note !== (contact.consent.note ?? '')) {
    patch.consent = { basis: values.basis, ...(note ? { note } : {}), at: now };
  }
  return patch as ContactPatch;
}

/** A manual "new contact": its source says so. */
export function draftOf(values: FormValues, defs: CustomFieldDef[], now = Date.now(), country?: CountryCode): ContactDraft {
  const text = Object.fromEntries(TEXT_FIELDS.filter((f) => f !== 'email' && values[f].trim()).map((f) => [f, values[f].trim()]));
  const note = values.consentNote.trim();
  return {
    ...text,
    email: values.email,
    stage: values.stage,
    status: values.status,
    tags: values.tags,
    groupIds: values.groupIds,
    customFields: customFields(values, defs, {}, country),
    consent: { basis: values.basis, ...(note ? { note } : {}), at: now },
    source: { method: 'manual', where: 'manual', at: now },
  };
}

/** The form fields a patch field lives in. */
const FORM_FIELDS: Record<string, Array<keyof FormValues>> = { customFields: ['custom'], consent: ['basis', 'consentNote'] };

/**
 * The form after the contact changed under it: the stored values, with the
 * user's own changes (`kept`, patch field names) laid over them.
 */
export function rebaseValues(stored: Contact, current: FormValues, kept: string[], defs: CustomFieldDef[], basis: LegalBasis): FormValues {
  const next = valuesOf(stored, defs, basis);
  for (const field of kept) for (const key of FORM_FIELDS[field] ?? [field as keyof FormValues]) (next as unknown as Record<string, unknown>)[key] = current[key];
  return next;
}

export { editBase } from './edit-base';
