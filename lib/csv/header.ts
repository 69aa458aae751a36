import { isValidEmail } from '../model/email';
import { ALIASES, normalizeHeader, WEAK_ALIASES } from './aliases';
import { CsvError } from './errors';
import { entityPrefix, qualifiedField } from './header-names';
import { isBlank, type CsvRecord } from './records';

/**
 * The header row: the first record that names known columns (LinkedIn puts
 * notes above it), else the first record as wide as most of the others.
 * A first row that holds an email address is data, not a header.
 */
export function findHeader(records: CsvRecord[]): number {
  const candidates = records.map((r, i) => ({ r, i })).filter(({ r }) => !isBlank(r.cells));
  if (!candidates.length) throw new CsvError('empty');
  for (const { r, i } of candidates) {
    const names = r.cells.map(knownName);
    const known = names.filter((n) => ALIASES.has(n) || n in WEAK_ALIASES || qualifiedField(n)).length;
    const email = names.some((n) => ALIASES.get(n) === 'email' || qualifiedField(n)?.field === 'email');
    if (known >= 2 || email) return checked(records, i);
  }
  const widths = new Map<number, number>();
  for (const { r } of candidates) widths.set(r.cells.length, (widths.get(r.cells.length) ?? 0) + 1);
  const modal = [...widths].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  return checked(records, candidates.find(({ r }) => r.cells.length === modal)!.i);
}

/** A row of names, not of data. Repeated names are distinct columns (French Outlook has "Titre" twice). */
/** A header's normalized name, without a CRM's entity prefix ("Personne - E-mail - Travail"). */
function knownName(cell: string): string {
  const prefixed = entityPrefix(cell);
  return normalizeHeader(prefixed?.entity === 'person' ? prefixed.rest : cell);
}

function checked(records: CsvRecord[], index: number): number {
  const record = records[index]!;
  if (record.cells.some((cell) => isValidEmail(cell))) throw new CsvError('no_header', record.line);
  return index;
}
