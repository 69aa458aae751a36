import type { CustomFieldDef } from '../model';
import { ALIASES, BLOCKING_WORDS, normalizeHeader, TARGET_FIELDS, WEAK_ALIASES, type FieldKey, type TargetField } from './aliases';
import { editDistance } from './distance';
import { customKey, guessType, looksLikeEmail, looksLikeHonorific, looksLikeLinkedin, looksLikePhone, share } from './values';

export type MappingReason = 'remembered' | 'custom' | 'alias' | 'contains' | 'fuzzy' | 'values' | 'honorific' | 'taken' | 'none';

export interface ColumnMapping {
  header: string;
  field: string | null;
  /** 0…1: how sure the automatic mapping is (1 for a remembered or exact name). */
  confidence: number;
  reason: MappingReason;
  /** For an unmapped column: the custom field it could become. */
  suggestion?: { key: string; label: string; type: CustomFieldDef['type'] };
}

export interface MappingOptions {
  /** Header → field chosen earlier by the user (null: ignore the column). */
  mapping?: Record<string, string | null>;
  /** Custom fields that already exist, matched by label or key. */
  fieldDefs?: Array<Pick<CustomFieldDef, 'key' | 'label' | 'type'>>;
}

const isFieldKey = (value: string): value is FieldKey =>
  (TARGET_FIELDS as readonly string[]).includes(value) || /^custom:[a-z0-9_]{1,64}$/.test(value);

/**
 * Map each header to a field: remembered choice, existing custom field,
 * exact alias, guarded containment and fuzzy matches, then the values
 * themselves. Each field is used at most once (the surest column wins).
 */
export function mapColumns(headers: string[], samples: string[][], options: MappingOptions = {}): ColumnMapping[] {
  const normalized = headers.map(normalizeHeader);
  const hasJobTitle = normalized.some((h) => ALIASES.get(h) === 'title');
  const columns: ColumnMapping[] = headers.map((header, i) => {
    const values = samples[i] ?? [];
    const remembered = options.mapping?.[header];
    if (remembered === null) return { header, field: null, confidence: 1, reason: 'remembered' };
    if (remembered !== undefined && isFieldKey(remembered)) return { header, field: remembered, confidence: 1, reason: 'remembered' };
    if (/^custom:[a-z0-9_]{1,64}$/.test(header)) return { header, field: header, confidence: 1, reason: 'custom' };
    const def = options.fieldDefs?.find((d) => normalizeHeader(d.label) === normalized[i] || d.key === normalized[i]!.replace(/ /g, '_'));
    if (def && normalized[i] && !ALIASES.has(normalized[i]!)) return { header, field: `custom:${def.key}`, confidence: 1, reason: 'custom' };
    return byName(header, normalized[i]!, values, hasJobTitle);
  });
  resolveConflicts(columns);
  sniffValues(columns, samples);
  for (const [i, column] of columns.entries()) {
    if (column.field === null && headers[i]!.trim() && column.reason !== 'remembered') {
      column.suggestion = { key: customKey(column.header), label: column.header.trim().slice(0, 80), type: guessType(samples[i] ?? []) };
    }
  }
  return columns;
}

function byName(header: string, name: string, values: string[], hasJobTitle: boolean): ColumnMapping {
  const none: ColumnMapping = { header, field: null, confidence: 0, reason: 'none' };
  if (!name) return none;
  const exact = ALIASES.get(name);
  if (exact) return { header, field: exact, confidence: 1, reason: 'alias' };
  const weak = WEAK_ALIASES[name];
  if (weak === 'linkedinUrl') {
    return share(values, looksLikeLinkedin) >= 0.6 ? { header, field: weak, confidence: 0.9, reason: 'values' } : none;
  }
  if (weak === 'title') {
    // Outlook: "Title" is Mr./Mrs. and "Job Title" is the job; Salesforce: "Title" is the job.
    if (hasJobTitle || share(values, looksLikeHonorific) >= 0.5) return { header, field: null, confidence: 0.9, reason: 'honorific' };
    return { header, field: 'title', confidence: 0.8, reason: 'alias' };
  }
  const words = name.split(' ');
  if (words.some((w) => BLOCKING_WORDS.has(w))) return none;
  return contains(header, name, words) ?? fuzzy(header, name) ?? none;
}

/** Aliases too generic to count inside a longer header ("Middle Name" is not a name). */
const GENERIC = new Set(['name', 'nom', 'role', 'source', 'origine', 'lists', 'labels', 'tag', 'tags', 'group', 'groupe', 'groups', 'stage', 'stade', 'position', 'organisation', 'organization', 'status', 'statut']);

/** "Email Address (Work)" holds "email address": the longest alias inside wins, if only one field offers it. */
function contains(header: string, name: string, words: string[]): ColumnMapping | undefined {
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
  return { header, field: best.field, confidence: 0.7, reason: 'contains' };
}

/** A typo ("Emial", "Compnay"): only a close, unambiguous winner. */
function fuzzy(header: string, name: string): ColumnMapping | undefined {
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

function resolveConflicts(columns: ColumnMapping[]): void {
  const order = columns.map((c, i) => i).sort((a, b) => columns[b]!.confidence - columns[a]!.confidence || a - b);
  const used = new Set<string>();
  for (const i of order) {
    const column = columns[i]!;
    if (column.field === null) continue;
    if (used.has(column.field)) Object.assign(column, { field: null, confidence: 0, reason: 'taken' });
    else used.add(column.field);
  }
}

/** Unmapped columns whose values are clearly emails, LinkedIn links or phones. */
function sniffValues(columns: ColumnMapping[], samples: string[][]): void {
  const used = new Set(columns.map((c) => c.field));
  const tests: Array<[TargetField, (v: string) => boolean, number]> = [
    ['email', looksLikeEmail, 0.8],
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
