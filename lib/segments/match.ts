import { isEmailWord, queryWords } from '../db/search-words';
import type { Contact } from '../model';
import type { Operator } from './fields';
import { FIELD_KINDS, isCustomField } from './fields';
import type { Condition, Scalar, Segment, SegmentGroup } from './schema';
import { asNumber, comparableText, fieldValue, isEmptyValue } from './values';

/**
 * Whether a contact belongs to a segment. Pure: the database query
 * (./query.ts) only narrows candidates with indexes and then asks this.
 * A group without conditions imposes nothing, whatever its mode.
 */
export function matchesSegment(contact: Contact, segment: Segment): boolean {
  return matchesGroup(contact, segment);
}

export function matchesGroup(contact: Contact, group: SegmentGroup): boolean {
  if (group.children.length === 0) return true;
  const test = (child: Condition | SegmentGroup) => (child.type === 'group' ? matchesGroup(contact, child) : matchesCondition(contact, child));
  const result = group.match === 'all' ? group.children.every(test) : group.children.some(test);
  return group.negate ? !result : result;
}

export function matchesCondition(contact: Contact, condition: Condition): boolean {
  const raw = fieldValue(contact, condition.field);
  if (!isCustomField(condition.field)) {
    const kind = FIELD_KINDS[condition.field];
    if (kind === 'tags' || kind === 'groups') return matchList(raw as Array<string | number>, condition.op, condition.value, kind);
    if (kind === 'words') return matchWords(contact, raw as string[] | undefined, condition.value);
  }
  return matchScalar(raw, condition.op, condition.value);
}

/**
 * Search text: each word of the query starts one of the contact's indexed
 * words (what the *searchWords index answers), or, for a word with an "@",
 * the contact's email (what the email index answers).
 */
function matchWords(contact: Contact, indexed: string[] | undefined, value: Condition['value']): boolean {
  const list = indexed ?? [];
  const matches = (word: string) => (isEmailWord(word) ? contact.email.startsWith(word) : list.some((own) => own.startsWith(word)));
  return typeof value === 'string' && queryWords(value).every(matches);
}

/** Tags and groups: "is" means "has", compared exactly (values are picked from existing ones). */
function matchList(items: Array<string | number> | undefined, op: Operator, value: Condition['value'], kind: 'tags' | 'groups'): boolean {
  const list = items ?? [];
  const same = (item: string | number, v: Scalar) => (kind === 'groups' ? item === Number(v) : item === v);
  switch (op) {
    case 'isEmpty':
      return list.length === 0;
    case 'isNotEmpty':
      return list.length > 0;
    case 'equals':
      return list.some((item) => same(item, value as Scalar));
    case 'notEquals':
      return !list.some((item) => same(item, value as Scalar));
    case 'in':
      return list.some((item) => (value as Scalar[]).some((v) => same(item, v)));
    case 'contains':
      return list.some((item) => comparableText(item).includes(comparableText(value)));
    case 'startsWith':
      return list.some((item) => comparableText(item).startsWith(comparableText(value)));
    default:
      return false;
  }
}

function equalsScalar(raw: unknown, v: Scalar): boolean {
  if (isEmptyValue(raw)) return false;
  if (typeof v === 'number') return asNumber(raw) === v;
  if (typeof v === 'boolean') return raw === v;
  if (typeof raw === 'boolean') return false;
  return comparableText(raw) === comparableText(v);
}

/** Numbers compare as numbers; strings (ISO dates) compare as written. */
function compare(raw: unknown, v: Scalar): number {
  if (typeof v === 'number') {
    const n = asNumber(raw);
    return Number.isNaN(n) ? NaN : n - v;
  }
  if (typeof v !== 'string' || typeof raw !== 'string') return NaN;
  return raw.trim() < v ? -1 : raw.trim() > v ? 1 : 0;
}

function matchScalar(raw: unknown, op: Operator, value: Condition['value']): boolean {
  switch (op) {
    case 'isEmpty':
      return isEmptyValue(raw);
    case 'isNotEmpty':
      return !isEmptyValue(raw);
    case 'equals':
      return equalsScalar(raw, value as Scalar);
    case 'notEquals':
      return !equalsScalar(raw, value as Scalar);
    case 'in':
      return (value as Scalar[]).some((v) => equalsScalar(raw, v));
    case 'contains':
      return !isEmptyValue(raw) && typeof raw !== 'boolean' && comparableText(raw).includes(comparableText(value));
    case 'startsWith':
      return !isEmptyValue(raw) && typeof raw !== 'boolean' && comparableText(raw).startsWith(comparableText(value));
    case 'gt':
      return !isEmptyValue(raw) && compare(raw, value as Scalar) > 0;
    case 'lt':
      return !isEmptyValue(raw) && compare(raw, value as Scalar) < 0;
    case 'between': {
      const [low, high] = value as [Scalar, Scalar];
      return !isEmptyValue(raw) && compare(raw, low) >= 0 && compare(raw, high) <= 0;
    }
  }
}
