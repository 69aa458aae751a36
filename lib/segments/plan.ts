import type { IndexableType } from 'dexie';
import { isEmailWord, queryWords } from '../db/search-words';
import { STAGES, STATUSES } from '../model';
import { isCustomField } from './fields';
import { matchesCondition } from './match';
import type { Condition, Segment, SegmentGroup } from './schema';

/**
 * Which contacts might match, read from indexes. A candidate is always a
 * superset of the matches; `exact` says it is precisely the matches, so a
 * count needs no contact read at all.
 */
export type Candidate =
  | { kind: 'keys'; index: string; keys: IndexableType[] }
  | { kind: 'range'; index: string; lower: number; upper: number; lowerOpen: boolean; upperOpen: boolean }
  /** Contacts with a search word starting with `prefix` (the *searchWords multi-entry index), or whose email does (the email index, for a query word with an "@"). */
  | { kind: 'prefix'; index: 'searchWords' | 'email'; prefix: string }
  | { kind: 'and' | 'or'; parts: Candidate[] };

/** A search word's candidate: its prefix on the word index, or on the email index. */
export type WordPart = Extract<Candidate, { kind: 'prefix' }>;

export interface Plan {
  /** null: no index narrows it, every contact is a candidate. */
  candidate: Candidate | null;
  exact: boolean;
}

const EVERYTHING: Plan = { candidate: null, exact: true };
const UNKNOWN: Plan = { candidate: null, exact: false };

export function planSegment(segment: Segment): Plan {
  return planGroup(segment);
}

function planGroup(group: SegmentGroup): Plan {
  if (group.children.length === 0) return EVERYTHING;
  // No index reads "everyone except…": a negated group is checked contact by contact.
  if (group.negate) return UNKNOWN;
  const plans = group.children.map((child) => (child.type === 'group' ? planGroup(child) : planCondition(child)));
  const exact = plans.every((plan) => plan.exact);
  if (group.match === 'any') {
    // One alternative that matches everyone makes the whole OR match everyone.
    if (plans.some((plan) => plan.candidate === null && plan.exact)) return EVERYTHING;
    // One alternative no index can narrow: every contact is a candidate.
    if (plans.some((plan) => plan.candidate === null)) return UNKNOWN;
    return { candidate: { kind: 'or', parts: plans.map((plan) => plan.candidate!) }, exact };
  }
  // Nested ANDs are flattened, so a saved segment inside a view's filter shares its indexes (see mergeCompound).
  const parts = mergeCompound(plans.flatMap((plan) => (!plan.candidate ? [] : plan.candidate.kind === 'and' ? plan.candidate.parts : [plan.candidate])));
  if (parts.length === 0) return { candidate: null, exact };
  return { candidate: parts.length === 1 ? parts[0]! : { kind: 'and', parts }, exact };
}

/**
 * Keys of an enumerated field that satisfy the condition, computed with the
 * matcher itself so the index and `matchesSegment` cannot disagree.
 */
function domainKeys<T extends IndexableType>(condition: Condition, domain: readonly T[], asContact: (key: T) => object): T[] {
  return domain.filter((key) => matchesCondition(asContact(key) as never, condition));
}

function planCondition(condition: Condition): Plan {
  const { field, op, value } = condition;
  if (isCustomField(field)) return UNKNOWN;
  switch (field) {
    case 'status':
      return keys('status', domainKeys(condition, STATUSES, (status) => ({ status })));
    case 'stage':
      return keys('stage', domainKeys(condition, STAGES, (stage) => ({ stage })));
    case 'archived':
      return keys('archived', domainKeys(condition, [0, 1] as const, (archived) => ({ archived })));
    case 'tag':
    case 'group': {
      if (op !== 'equals' && op !== 'in') return UNKNOWN;
      const values = Array.isArray(value) ? value : [value];
      const wanted =
        field === 'tag'
          ? values.filter((v): v is string => typeof v === 'string')
          : values.map(Number).filter((v) => Number.isFinite(v));
      return keys(field === 'tag' ? 'tags' : 'groupIds', [...new Set<IndexableType>(wanted)]);
    }
    case 'createdAt':
    case 'updatedAt':
    case 'nextDueAt':
      return rangePlan(field, op, value);
    case 'search':
      return searchPlan(value);
    default:
      return UNKNOWN;
  }
}

/** One prefix read per query word, longest first (the usual best driver); no word imposes nothing. */
function searchPlan(value: Condition['value']): Plan {
  if (typeof value !== 'string') return keys('searchWords', []);
  const words = [...new Set(queryWords(value))].sort((a, b) => b.length - a.length);
  const parts: Candidate[] = words.map((prefix) => ({ kind: 'prefix', index: isEmailWord(prefix) ? 'email' : 'searchWords', prefix }));
  if (parts.length === 0) return EVERYTHING;
  return { candidate: parts.length === 1 ? parts[0]! : { kind: 'and', parts }, exact: true };
}

function keys(index: string, list: IndexableType[]): Plan {
  return { candidate: { kind: 'keys', index, keys: list }, exact: true };
}

function rangePlan(index: string, op: Condition['op'], value: Condition['value']): Plan {
  const none = keys(index, []);
  if (op === 'gt' || op === 'lt') {
    if (typeof value !== 'number') return none;
    return op === 'gt'
      ? { candidate: { kind: 'range', index, lower: value, upper: Infinity, lowerOpen: true, upperOpen: false }, exact: true }
      : { candidate: { kind: 'range', index, lower: -Infinity, upper: value, lowerOpen: false, upperOpen: true }, exact: true };
  }
  if (op === 'between' && Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number') {
    if (value[0] > value[1]) return none;
    return { candidate: { kind: 'range', index, lower: value[0], upper: value[1], lowerOpen: false, upperOpen: false }, exact: true };
  }
  return none;
}

/** archived + status (or stage) in one AND read the compound index once. */
function mergeCompound(parts: Candidate[]): Candidate[] {
  const archived = parts.find((p): p is Extract<Candidate, { kind: 'keys' }> => p.kind === 'keys' && p.index === 'archived');
  const other = parts.find((p): p is Extract<Candidate, { kind: 'keys' }> => p.kind === 'keys' && (p.index === 'status' || p.index === 'stage'));
  if (!archived || !other) return parts;
  const compound: Candidate = {
    kind: 'keys',
    index: `[archived+${other.index}]`,
    keys: archived.keys.flatMap((a) => other.keys.map((k) => [a, k] as IndexableType)),
  };
  return [compound, ...parts.filter((p) => p !== archived && p !== other)];
}
