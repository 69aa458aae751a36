import type { CustomFieldDef } from '../model';
import { normalizeHeader } from './aliases';
import type { ColumnMapping } from './mapping';
import { customKey, guessType, looksLikeHonorific, share } from './values';

/** At most this many columns become new custom fields by default; the others are offered, not chosen. */
export const AUTO_CUSTOM_FIELDS = 40;

/**
 * Bookkeeping columns tools fill for every row (Outlook's priority and
 * sensitivity, the type and display name of each address): offered as custom
 * fields, but ignored by default.
 */
const SYSTEM = /^(e ?mail \d? ?(type|display name|routing type)|.+ \d+ (type|label)|priority|sensitivity|gender|private|initials|mileage|billing information|type de messagerie|nom complet de l adresse de messagerie|priorite|critere de diffusion|sexe|prive|initiales|kilometrage|informations facturation)$/;

/**
 * Unmapped columns that hold values become new custom fields with a guessed
 * type (date, number, URL, choice…), so nothing is lost unless the user
 * chooses Ignore. Keys are unique among the columns and existing fields.
 */
export function suggestCustomFields(columns: ColumnMapping[], samples: string[][], defs: Array<Pick<CustomFieldDef, 'key'>>): void {
  const taken = new Set(defs.map((d) => d.key));
  for (const column of columns) if (column.field?.startsWith('custom:')) taken.add(column.field.slice(7));
  let auto = 0;
  for (const [i, column] of columns.entries()) {
    if (column.field !== null || !column.header.trim() || column.reason === 'remembered') continue;
    const values = (samples[i] ?? []).filter((v) => v.trim() !== '');
    let key = customKey(column.header);
    for (let n = 2; taken.has(key); n++) key = `${customKey(column.header).slice(0, 60)}_${n}`;
    taken.add(key);
    const { type, options } = guessType(values);
    column.suggestion = { key, label: column.header.trim().slice(0, 80), type, ...(options ? { options } : {}) };
    // A column of Mr./Mrs. (Salesforce's Salutation) is offered, not chosen, like Outlook's Title.
    const chosen = values.length > 0 && (column.reason === 'none' || column.reason === 'taken') && !SYSTEM.test(normalizeHeader(column.header)) && share(values, looksLikeHonorific) < 0.5;
    if (chosen && auto < AUTO_CUSTOM_FIELDS) {
      auto++;
      Object.assign(column, { field: `custom:${key}`, confidence: 0.5, reason: 'new' });
    }
  }
}
