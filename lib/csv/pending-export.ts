import type { PendingProfile } from '../db/database';
import { csvLine } from './escape';
import { EXPORT_HEADERS } from './export-columns';

const H = EXPORT_HEADERS.csv;
/**
 * The columns enrichment tools (Dropcontact, Kaspr, Lusha…) match people by:
 * the profile URL first, then names and company. Headers are import aliases,
 * so the enriched file maps itself on the way back (with its email column).
 */
export const PENDING_EXPORT_HEADER = [H.linkedinUrl, H.firstName, H.lastName, H.company, H.title];

/** To complete as CSV (formula-safe cells, comma-separated, UTF-8). */
export function pendingCsv(rows: PendingProfile[]): Blob {
  const lines = [csvLine(PENDING_EXPORT_HEADER, ',')];
  for (const row of rows) {
    const p = row.profile;
    lines.push(csvLine([row.linkedinUrl, p.firstName, p.lastName, p.company, p.title].map((v) => v ?? ''), ','));
  }
  return new Blob(lines, { type: 'text/csv;charset=utf-8' });
}
