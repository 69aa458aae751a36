/** A cell a spreadsheet would run as a formula (or one already guarded, so the guard can be undone exactly). */
const FORMULA = /^'*[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",;|\t\r\n]|^\s|\s$/;

/** Neutralize formulas with a leading apostrophe, then quote as RFC 4180 says. */
export function csvCell(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: string[], delimiter: string): string {
  return cells.map(csvCell).join(delimiter) + '\r\n';
}
