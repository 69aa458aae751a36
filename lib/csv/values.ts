import { isValidEmail } from '../model/email';
import type { CustomFieldDef } from '../model';
import { parseAddressList } from './addresses';
import { isBareInternationalPhone } from './phone';

/** Google Contacts puts several values in one cell: "a@x.com ::: b@y.com". */
export const MULTI_SEPARATOR = ' ::: ';

export function splitMulti(value: string): string[] {
  return value.includes(':::') ? value.split(':::').map((v) => v.trim()).filter(Boolean) : [value.trim()];
}

const LINKEDIN = /^(https?:\/\/)?([a-z]{2,3}\.)?linkedin\.com\/(in|pub|sales\/lead|sales\/people)\//i;
const PHONE = /^\+?[\d\s().\-/]{6,24}$/;
const HONORIFIC = /^(mr|mrs|ms|miss|dr|prof|sir|m|mme|mlle|me|pr)\.?$/i;
const NUMBER = /^-?\d{1,15}([.,]\d+)?$/;
const DATE = /^(\d{4}-\d{2}-\d{2}([t ][\d:.]+z?)?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2} [a-zéû]{3,9}\.? \d{4})$/i;
const BOOLEAN = /^(true|false|yes|no|oui|non|vrai|faux)$/i;

export const looksLikeLinkedin = (v: string) => LINKEDIN.test(v.trim());
export const looksLikeHonorific = (v: string) => HONORIFIC.test(v.trim());
export function looksLikePhone(value: string): boolean {
  const v = value.trim();
  if (!PHONE.test(v)) return false;
  const digits = v.replace(/\D/g, '').length;
  // A bare run of digits is more often an id than a phone, unless it is a valid international number.
  return digits >= 8 && digits <= 15 && (/^[+0(]/.test(v) || /[\s.()-]/.test(v) || isBareInternationalPhone(v));
}

/** Share of the non-empty samples that pass the test (0 when there are none). */
export function share(samples: string[], test: (v: string) => boolean): number {
  const values = samples.map((v) => splitMulti(v)[0] ?? '').filter((v) => v !== '');
  if (!values.length) return 0;
  return values.filter(test).length / values.length;
}

export const looksLikeEmail = (v: string) => isValidEmail(v);
/** A cell of addresses ("Jean Dupont <jean@x.fr>", "a@x.fr; b@x.fr"): its first one is valid. */
export const looksLikeAddressCell = (v: string) => isValidEmail(v) || (v.includes('@') && isValidEmail(parseAddressList(v)[0]?.address ?? ''));

/** Choices: a handful of short values that repeat ("Hot", "Warm", "Cold"). */
export const MAX_CHOICES = 12;

/** The custom field type the sample values suggest (with its options for a choice). */
export function guessType(samples: string[]): { type: CustomFieldDef['type']; options?: string[] } {
  const values = samples.map((v) => v.trim()).filter(Boolean);
  if (!values.length) return { type: 'text' };
  const all = (test: (v: string) => boolean) => values.every(test);
  if (all((v) => BOOLEAN.test(v))) return { type: 'boolean' };
  if (all((v) => NUMBER.test(v))) return { type: 'number' };
  if (all((v) => DATE.test(v))) return { type: 'date' };
  if (all(looksLikeEmail)) return { type: 'email' };
  if (all((v) => /^https?:\/\/\S+$/i.test(v))) return { type: 'url' };
  if (all(looksLikePhone)) return { type: 'phone' };
  const distinct = [...new Set(values)];
  if (values.length >= 4 && distinct.length < values.length && distinct.length <= MAX_CHOICES && distinct.every((v) => v.length <= 40)) {
    return { type: 'choice', options: distinct.sort((a, b) => a.localeCompare(b)) };
  }
  return { type: 'text' };
}

/** A stable custom-field key from a header: "Date d'anniversaire" → "date_d_anniversaire". */
export function customKey(header: string): string {
  const key = header
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 64);
  return key || 'field';
}

/** A cell's value typed for its custom field; undefined when empty. */
export function customValue(raw: string, type: CustomFieldDef['type'] | undefined): string | number | boolean | undefined {
  const v = raw.trim();
  if (v === '') return undefined;
  if (type === 'number' && NUMBER.test(v)) return Number(v.replace(',', '.'));
  if (type === 'boolean' && BOOLEAN.test(v)) return /^(true|yes|oui|vrai)$/i.test(v);
  return v.slice(0, 5000);
}
