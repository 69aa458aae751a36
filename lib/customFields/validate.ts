import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { checkEmail, type EmailProblem } from '../model/email';
import type { CustomFieldDef, CustomValue } from '../model';
import { foldText } from '../text/fold';

export type FieldValueProblem =
  | 'too_long'
  | 'not_a_number'
  | 'invalid_date'
  | 'not_yes_no'
  | 'not_an_option'
  | 'invalid_url'
  | 'invalid_phone'
  | `email.${EmailProblem}`;

export type FieldValueCheck = { ok: true; value: CustomValue } | { ok: false; problem: FieldValueProblem };

export interface ValidateOptions {
  /** Country assumed for phone numbers written without +prefix. */
  defaultCountry?: CountryCode;
}

/** Same bound as CustomValueSchema. */
export const MAX_VALUE_LENGTH = 5000;

const YES = ['yes', 'y', 'oui', 'o', 'true', 'vrai', '1', 'x'];
const NO = ['no', 'n', 'non', 'false', 'faux', '0'];

/**
 * Check and normalize what a user typed (or an import holds) for a custom
 * field of a given type. Empty input clears the value (null).
 */
export function validateFieldValue(def: Pick<CustomFieldDef, 'type' | 'options'>, raw: string | number | boolean | null | undefined, options: ValidateOptions = {}): FieldValueCheck {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (typeof raw === 'boolean') return def.type === 'boolean' ? { ok: true, value: raw } : validateFieldValue(def, String(raw), options);
  if (typeof raw === 'number') return def.type === 'number' && Number.isFinite(raw) ? { ok: true, value: raw } : validateFieldValue(def, String(raw), options);
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  if (text.length > MAX_VALUE_LENGTH) return { ok: false, problem: 'too_long' };
  switch (def.type) {
    case 'text':
      return { ok: true, value: text };
    case 'number':
      return parseNumber(text);
    case 'date':
      return parseDate(text);
    case 'boolean': {
      const folded = foldText(text);
      if (YES.includes(folded)) return { ok: true, value: true };
      if (NO.includes(folded)) return { ok: true, value: false };
      return { ok: false, problem: 'not_yes_no' };
    }
    case 'choice': {
      const option = def.options?.find((o) => foldText(o.trim()) === foldText(text));
      return option === undefined ? { ok: false, problem: 'not_an_option' } : { ok: true, value: option };
    }
    case 'url':
      return parseUrl(text);
    case 'email': {
      const check = checkEmail(text);
      return check.ok ? { ok: true, value: check.email } : { ok: false, problem: `email.${check.problem}` };
    }
    case 'phone': {
      const phone = parsePhoneNumberFromString(text, options.defaultCountry);
      return phone?.isValid() ? { ok: true, value: phone.formatInternational() } : { ok: false, problem: 'invalid_phone' };
    }
  }
}

/** "1 234,5", "1,234.5", "-12" → numbers; French and English writing both accepted. */
function parseNumber(text: string): FieldValueCheck {
  let compact = text.replace(/[\s\u00a0\u202f']/g, '');
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact)) compact = compact.replace(/,/g, '');
  else if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(compact)) compact = compact.replace(/\./g, '').replace(',', '.');
  else compact = compact.replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(compact)) return { ok: false, problem: 'not_a_number' };
  const value = Number(compact);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, problem: 'not_a_number' };
}

/** Stored as YYYY-MM-DD so it sorts and compares as text; DD/MM/YYYY is read too. */
function parseDate(text: string): FieldValueCheck {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const european = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : european ? [european[3], european[2], european[1]] : [];
  if (!year) return { ok: false, problem: 'invalid_date' };
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return { ok: false, problem: 'invalid_date' };
  return { ok: true, value: `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** http(s) only; "acme.com/pricing" gets https:// added. */
function parseUrl(text: string): FieldValueCheck {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, problem: 'invalid_url' };
    if (!url.hostname.includes('.') || /\s/.test(text)) return { ok: false, problem: 'invalid_url' };
    return { ok: true, value: url.href };
  } catch {
    return { ok: false, problem: 'invalid_url' };
  }
}

/** The message key explaining a problem (email problems reuse the email messages). */
export function fieldValueMessageKey(problem: FieldValueProblem): `fields.value.${Exclude<FieldValueProblem, `email.${string}`>}` | `email.${EmailProblem}` {
  return problem.startsWith('email.') ? (problem as `email.${EmailProblem}`) : (`fields.value.${problem}` as `fields.value.${Exclude<FieldValueProblem, `email.${string}`>}`);
}
