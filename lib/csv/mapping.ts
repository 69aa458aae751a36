import type { CustomFieldDef } from '../model';
import { ALIASES, BLOCKING_WORDS, normalizeHeader, TARGET_FIELDS, WEAK_ALIASES, type FieldKey, type TargetField } from './aliases';
import { editDistance } from './distance';
import { entityField, entityPrefix, MULTI_COLUMN_FIELDS, qualifiedField } from './header-names';
import { suggestCustomFields } from './suggest';
import { looksLikeAddressCell, looksLikeHonorific, looksLikeLinkedin, looksLikePhone, share } from './values';

export type MappingReason = 'remembered' | 'custom' | 'alias' | 'contains' | 'fuzzy' | 'values' | 'honorific' | 'taken' | 'new' | 'system' | 'none';

export interface ColumnMapping {
  header: string;
  /** Unique among the columns: the header, or "Titre (2)" for a repeated one. The remembered mapping's key. */
  id: string;
  field: string | null;
  /** 0…1: how sure the automatic mapping is (1 for a remembered or exact name). */
  confidence: number;
  reason: MappingReason;
  /** Among the columns of one field, lower is read first (work email before home email). */
  rank?: number;
  /** The custom field this column becomes, or could become. */
  suggestion?: { key: string; label: string; type: CustomFieldDef['type']; options?: string[] };
}

export interface MappingOptions {
  /** Column id → field chosen earlier by the user (null: ignore the column). */
  mapping?: Record<string, string | null>;
  /** Custom fields that already exist, matched by label or key. */
  fieldDefs?: Array<Pick<CustomFieldDef, 'key' | 'label' | 'type'>>;
}

export const isFieldKey = (value: string): value is FieldKey =>
  (TARGET_FIELDS as readonly string[]).includes(value) || /^custom:[a-z0-9_]{1,64}$/.test(value);

/** "Titre", "Titre (2)": repeated headers are distinct columns, told apart by position. */
export function columnIds(headers: string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((header) => {
    const n = (seen.get(header) ?? 0) + 1;
    seen.set(header, n);
    return n === 1 ? header : `${header} (${n})`;
  });
}

/**
 * Map each header to a field: remembered choice, existing custom field,
 * exact alias (entity prefixes and email/phone qualifiers understood),
 * guarded containment and fuzzy matches, then the values themselves. Email,
 * phone and tags take every column that names them, in rank order; other
 * fields take the surest column. Unmapped columns with values become new
 * custom fields.
 */
export function mapColumns(headers: string[], samples: string[][], options: MappingOptions = {}): ColumnMapping[] {
  const normalized = headers.map(normalizeHeader);
  const ids = columnIds(headers);
  const hasJobTitle = normalized.some((h) => ALIASES.get(h) === 'title');
  const columns: ColumnMapping[] = headers.map((header, i) => {
    const id = ids[i]!;
    const values = samples[i] ?? [];
    const remembered = options.mapping?.[id];
    if (remembered === null) return { header, id, field: null, confidence: 1, reason: 'remembered' };
    if (remembered !== undefined && isFieldKey(remembered)) return { header, id, field: remembered, confidence: 1, reason: 'remembered', rank: i };
    if (/^custom:[a-z0-9_]{1,64}$/.test(header)) return { header, id, field: header, confidence: 1, reason: 'custom' };
    const def = options.fieldDefs?.find((d) => normalizeHeader(d.label) === normalized[i] || d.key === normalized[i]!.replace(/ /g, '_'));
    if (def && normalized[i] && !ALIASES.has(normalized[i]!)) return { header, id, field: `custom:${def.key}`, confidence: 1, reason: 'custom' };
    const twins = { earlier: normalized.lastIndexOf(normalized[i]!, i - 1) !== -1 && i > 0, later: normalized.indexOf(normalized[i]!, i + 1) !== -1 };
    return { ...byName(header, normalized[i]!, values, hasJobTitle, twins), id };
  });
  resolveConflicts(columns);
  sniffValues(columns, samples);
  suggestCustomFields(columns, samples, options.fieldDefs ?? []);
  return columns;
}

type Named = Omit<ColumnMapping, 'id'>;

function byName(header: string, name: string, values: string[], hasJobTitle: boolean, twins: { earlier: boolean; later: boolean }): Named {
  const none: Named = { header, field: null, confidence: 0, reason: 'none' };
  if (!name) return none;
  const exact = ALIASES.get(name);
  if (exact) return withRank({ header, field: exact, confidence: 1, reason: 'alias' }, name);
  const prefixed = entityPrefix(header);
  if (prefixed) {
    if (prefixed.entity !== 'person') {
      const field = entityField(prefixed.entity, prefixed.rest);
      return field ? { header, field, confidence: 0.9, reason: 'alias' } : none;
    }
    const rest = normalizeHeader(prefixed.rest);
    // Pipedrive in French: "Personne - Nom" is the whole name ("Person - Name").
    if (rest === 'nom' || rest === 'name') return { header, field: 'fullName', confidence: 0.9, reason: 'alias' };
    return { ...byName(prefixed.rest, rest, values, hasJobTitle, twins), header };
  }
  const weak = WEAK_ALIASES[name];
  if (weak === 'linkedinUrl') {
    return share(values, looksLikeLinkedin) >= 0.6 ? { header, field: weak, confidence: 0.9, reason: 'values' } : none;
  }
  if (weak === 'title') {
    // Outlook: "Title" is Mr./Mrs. and "Job Title" the job; French Outlook names both "Titre",
    // the honorific first. Salesforce: "Title" is the job.
    const honorifics = share(values, looksLikeHonorific);
    if (hasJobTitle || honorifics >= 0.5 || (twins.later && values.length === 0)) return { header, field: null, confidence: 0.9, reason: 'honorific' };
    return { header, field: 'title', confidence: twins.earlier ? 0.85 : 0.8, reason: 'alias' };
  }
  const qualified = qualifiedField(name);
  if (qualified) return { header, field: qualified.field, confidence: 0.9, reason: 'alias', rank: qualified.rank };
  const words = name.split(' ');
  if (words.some((w) => BLOCKING_WORDS.has(w))) return none;
  return contains(header, name, words) ?? fuzzy(header, name) ?? none;
}

/** Email and phone columns are read in rank order: work, plain, mobile, home, other. */
function withRank(column: Named, name: string, fallbackRank = 1): Named {
  if (column.field !== 'email' && column.field !== 'phone') return column;
  const rank = qualifiedField(name)?.rank ?? fallbackRank;
  return { ...column, rank };
}

/** Aliases too generic to count inside a longer header ("Middle Name" is not a name). */
const GENERIC = new Set(['name', 'nom', 'role', 'source', 'origine', 'lists', 'labels', 'tag', 'tags', 'group', 'groupe', 'groups', 'stage', 'stade', 'position', 'organisation', 'organization', 'status', 'statut', 'sms', 'gsm']);

/** "Email Address (Work)" holds "email address": the longest alias inside wins, if only one field offers it. */
function contains(header: string, name: string, words: string[]): Named | undefined {
  let best: { field: TargetField; length: number } | undefined;
  let tie = false;
  const padded = ` ${words.join(' ')} `;
  for (const [alias, field] of ALIASES) {
    if (alias.length < 3 || GENERIC.has(alias) || !padded.includes(` ${alias} `)) continue;
    if (!best || alias.length > best.length) {
      best = { field, length: alias.length };
      tie = false;
    } else if (alias.length === best.length && field !== best.field) tie = true;
  }
  if (!best || tie || name === '') return undefined;
  // "Car Phone", "Radio Phone": read after the columns whose name says what they hold.
  return withRank({ header, field: best.field, confidence: 0.7, reason: 'contains' }, name, 5);
}

/** A typo ("Emial", "Compnay"): only a close, unambiguous winner. */
function fuzzy(header: string, name: string): Named | undefined {
  if (name.length < 5) return undefined;
  const limit = name.length >= 12 ? 2 : 1;
  const perField = new Map<TargetField, number>();
  for (const [alias, field] of ALIASES) {
    if (Math.abs(alias.length - name.length) > limit) continue;
    const distance = editDistance(name, alias);
    perField.set(field, Math.min(distance, perField.get(field) ?? Infinity));
  }
  const ranked = [...perField].sort((a, b) => a[1] - b[1]);
  const [best, second] = ranked;
  if (!best || best[1] > limit || (second && second[1] <= best[1])) return undefined;
  return { header, field: best[0], confidence: 0.6, reason: 'fuzzy' };
}

/** One column per field, the surest, unless its name says it is another of that field's columns. */
function resolveConflicts(columns: ColumnMapping[]): void {
  const order = columns.map((c, i) => i).sort((a, b) => columns[b]!.confidence - columns[a]!.confidence || a - b);
  const used = new Set<string>();
  for (const i of order) {
    const column = columns[i]!;
    if (column.field === null) continue;
    // A second column named for a field by its alias is its fallback ("Organisation - Nom" after "Personne - Organisation").
    const multi =
      (MULTI_COLUMN_FIELDS.has(column.field) && (column.reason === 'alias' || column.reason === 'contains')) ||
      column.reason === 'remembered' ||
      (column.reason === 'alias' && column.confidence >= 0.9 && column.field !== 'fullName');
    if (used.has(column.field) && !multi) Object.assign(column, { field: null, confidence: 0, reason: 'taken', rank: undefined });
    else used.add(column.field);
  }
}

/** Unmapped columns whose values are clearly emails, LinkedIn links or phones. */
function sniffValues(columns: ColumnMapping[], samples: string[][]): void {
  const used = new Set(columns.map((c) => c.field));
  const tests: Array<[TargetField, (v: string) => boolean, number]> = [
    ['email', looksLikeAddressCell, 0.8],
    ['linkedinUrl', looksLikeLinkedin, 0.8],
    ['phone', looksLikePhone, 0.9],
  ];
  for (const [field, test, threshold] of tests) {
    if (used.has(field)) continue;
    const i = columns.findIndex((c, j) => c.field === null && c.reason === 'none' && share(samples[j] ?? [], test) >= threshold);
    if (i === -1) continue;
    Object.assign(columns[i]!, { field, confidence: 0.5, reason: 'values' });
    used.add(field);
  }
}

/** The key a header row is remembered under. */
export function headerKey(headers: string[]): string {
  return headers.map(normalizeHeader).join('|');
}
