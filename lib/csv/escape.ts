/**
 * A cell a spreadsheet would run as a formula: = + - @ (or their fullwidth
 * forms, which Excel's IME input turns into them), even behind spaces, NBSP
 * or U+3000; a leading tab or CR. Leading apostrophes are allowed before it so
 * an already guarded value can be guarded again and undone exactly.
 */
export const FORMULA = /^'*(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;
const NEEDS_QUOTES = /[",;|\t\r\n]|^\s|\s$/;

/** Neutralize formulas with a leading apostrophe, then quote as RFC 4180 says. */
export function csvCell(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: string[], delimiter: string): string {
  return cells.map(csvCell).join(delimiter) + '\r\n';
}

/** Undo our export's formula guard: "'=SUM" was written for "=SUM". */
export function unguard(value: string): string {
  return value.charCodeAt(0) === 39 && FORMULA.test(value.slice(1)) ? value.slice(1) : value;
}
