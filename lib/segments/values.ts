import type { Contact } from '../model';
import { foldText } from '../text/fold';
import { customKey, isCustomField, type FieldId } from './fields';

/** The value a condition on `field` looks at, read from a contact. */
export function fieldValue(contact: Contact, field: FieldId): unknown {
  if (isCustomField(field)) return contact.customFields?.[customKey(field)];
  switch (field) {
    case 'tag':
      return contact.tags;
    case 'group':
      return contact.groupIds;
    case 'archived':
      return contact.archived === 1;
    case 'sourceMethod':
      return contact.source?.method;
    case 'sourceFile':
      return contact.source?.method === 'import' ? contact.source.where : undefined;
    case 'sourceDomain':
      return contact.source?.method === 'import' ? undefined : urlDomain(contact.source?.where);
    case 'search':
      return contact.searchWords;
    default:
      return contact[field];
  }
}

/** "https://www.linkedin.com/in/x" → "linkedin.com"; not a URL → undefined. */
export function urlDomain(where: string | undefined): string | undefined {
  if (!where || !/^https?:\/\//i.test(where)) return undefined;
  try {
    return new URL(where).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** Text compared the way people read it: case, accents and outer spaces ignored. */
export function comparableText(value: unknown): string {
  return foldText(String(value)).trim();
}

export function asNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') return Number(value.trim().replace(',', '.'));
  return NaN;
}
