import type { MessageKey, Translate } from '../../lib/i18n';
import type { ColumnMapping } from '../../lib/csv/mapping';
import type { TargetField } from '../../lib/csv/aliases';

const FIELD_LABELS: Record<TargetField, MessageKey> = {
  email: 'field.email',
  firstName: 'field.firstName',
  lastName: 'field.lastName',
  fullName: 'import.mapping.fullName',
  company: 'field.company',
  title: 'field.title',
  phone: 'field.phone',
  linkedinUrl: 'field.linkedinUrl',
  tags: 'field.tags',
  groups: 'field.groups',
  stage: 'field.stage',
  status: 'field.status',
  source: 'field.source',
  sourceUrl: 'import.mapping.sourceUrl',
  legalBasis: 'import.mapping.legalBasis',
};

export function fieldLabel(t: Translate, field: TargetField | 'otherEmails'): string {
  return t(field === 'otherEmails' ? 'field.otherEmails' : FIELD_LABELS[field]);
}

/** How sure the automatic mapping is, in words. */
export function confidenceLabel(t: Translate, column: ColumnMapping): string {
  if (column.reason === 'remembered') return t('import.mapping.remembered');
  if (column.reason === 'honorific') return t('import.mapping.honorific');
  if (column.reason === 'new') return t('import.mapping.new');
  if (column.field === null) return t('import.mapping.none');
  if (column.confidence >= 0.9) return t('import.mapping.high');
  if (column.confidence >= 0.6) return t('import.mapping.medium');
  return t('import.mapping.low');
}

/** A row problem code ("email_no_at", "no_email") as a sentence. */
export function reasonLabel(t: Translate, reason: string): string {
  if (reason === 'no_email') return t('import.reason.no_email');
  if (reason === 'too_many_groups') return t('import.reason.too_many_groups');
  if (reason.startsWith('email_')) return t(`email.${reason.slice(6)}` as MessageKey);
  return t('import.reason.invalid', { detail: reason });
}

export const ERROR_KEYS: Record<string, MessageKey> = {
  empty: 'import.error.empty',
  binary: 'import.error.binary',
  no_header: 'import.error.no_header',
  no_email_column: 'import.error.no_email_column',
  unbalanced_quotes: 'import.error.unbalanced_quotes',
  cell_too_large: 'import.error.cell_too_large',
  too_many_columns: 'import.error.too_many_columns',
  too_many_new_groups: 'import.error.too_many_new_groups',
  too_large: 'import.error.too_large',
  read: 'import.error.read',
};

/** Column index → its place among the columns of the same field (1 = read first). */
export function fallbackOrder(columns: ColumnMapping[]): Map<number, number> {
  const byField = new Map<string, number[]>();
  columns.forEach((c, i) => c.field && byField.set(c.field, [...(byField.get(c.field) ?? []), i]));
  const order = new Map<number, number>();
  for (const list of byField.values()) {
    list.sort((a, b) => (columns[a]!.rank ?? 1) - (columns[b]!.rank ?? 1) || a - b).forEach((i, n) => order.set(i, n + 1));
  }
  return order;
}
