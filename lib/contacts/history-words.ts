import type { MessageKey, Translate } from '../i18n';
import type { CustomFieldDef, Group } from '../model';
import { dateFormat } from '../i18n/date-format';

/** What one history line says: a label and the value before and after, all in words. */
export interface ChangeLine {
  key: string;
  label: string;
  before: string;
  after: string;
}

export interface HistoryWords {
  t: Translate;
  locale: string;
  defs: ReadonlyMap<string, CustomFieldDef>;
  groups: ReadonlyMap<number, Group>;
}

const EMPTY = '—';
const DATE_FIELDS = new Set(['createdAt', 'updatedAt', 'lastActivityAt', 'at']);

function known(t: Translate, key: string): string | undefined {
  const text = t(key as MessageKey);
  return text === key ? undefined : text;
}

function fieldLabel(field: string, words: HistoryWords): string {
  if (field.startsWith('custom:')) return words.defs.get(field.slice(7))?.label ?? field.slice(7);
  if (field === 'groupIds') return words.t('field.groups');
  return known(words.t, `field.${field}`) ?? known(words.t, `contacts.history.field.${field}`) ?? field;
}

function formatValue(field: string, value: unknown, words: HistoryWords): string {
  const { t, locale } = words;
  if (value === undefined || value === null || value === '') return EMPTY;
  if (field === 'stage' || field === 'status') return t(`${field}.${value}` as MessageKey);
  if (field === 'groupIds' && Array.isArray(value)) {
    return value.length ? value.map((id) => words.groups.get(Number(id))?.name ?? t('contacts.history.deletedGroup')).join(', ') : EMPTY;
  }
  if (field === 'archived') return t(value ? 'contacts.yes' : 'contacts.no');
  if (field === 'nextStep' && typeof value === 'object' && 'dueAt' in value) {
    const step = value as { text: string; dueAt: number };
    return `${step.text} (${dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(step.dueAt)})`;
  }
  if (field === 'consent' && typeof value === 'object' && 'basis' in value) {
    const consent = value as { basis: string; note?: string };
    return [known(t, `contacts.basis.${consent.basis}`) ?? consent.basis, consent.note].filter(Boolean).join(' — ');
  }
  if (Array.isArray(value)) return value.length ? value.join(', ') : EMPTY;
  if (typeof value === 'boolean') return t(value ? 'contacts.yes' : 'contacts.no');
  if (typeof value === 'number' && DATE_FIELDS.has(field)) return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(value);
  if (typeof value === 'number') return value.toLocaleString(locale);
  if (typeof value === 'object') {
    // An object we have no words for: its values, never its JSON.
    return Object.values(value as Record<string, unknown>).map((v) => formatValue('', v, words)).join(', ') || EMPTY;
  }
  return String(value);
}

/** A custom field's value, by its definition's type (a date field stores ISO dates). */
function customValue(key: string, value: unknown, words: HistoryWords): string {
  const def = words.defs.get(key);
  if (def?.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return dateFormat(words.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
  }
  return formatValue(`custom:${key}`, value, words);
}

/**
 * A history entry's changes as lines a person reads: field labels, formatted
 * values, and the custom-field map split into one line per field, by its name.
 */
export function describeChanges(changes: Record<string, [unknown, unknown]>, words: HistoryWords): ChangeLine[] {
  const lines: ChangeLine[] = [];
  for (const [field, [before, after]] of Object.entries(changes)) {
    if (field === 'customFields') {
      const old = (before ?? {}) as Record<string, unknown>;
      const next = (after ?? {}) as Record<string, unknown>;
      for (const key of new Set([...Object.keys(old), ...Object.keys(next)])) {
        if (JSON.stringify(old[key]) === JSON.stringify(next[key])) continue;
        lines.push({ key: `custom:${key}`, label: fieldLabel(`custom:${key}`, words), before: customValue(key, old[key], words), after: customValue(key, next[key], words) });
      }
    } else if (field.startsWith('custom:')) {
      const key = field.slice(7);
      lines.push({ key: field, label: fieldLabel(field, words), before: customValue(key, before, words), after: customValue(key, after, words) });
    } else {
      lines.push({ key: field, label: fieldLabel(field, words), before: formatValue(field, before, words), after: formatValue(field, after, words) });
    }
  }
  return lines;
}
