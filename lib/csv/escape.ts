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
  if (value === '') return value;
  const safe = mayBeFormula(value.charCodeAt(0)) && FORMULA.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Whether FORMULA needs testing: a first character that is printable ASCII and none
 * of ' = + - @ settles it without the regular expression (an export tests 1.5 million cells).
 */
function mayBeFormula(first: number): boolean {
  return first < 33 || first > 126 || first === 39 || first === 61 || first === 43 || first === 45 || first === 64;
}

export function csvLine(cells: readonly string[], delimiter: string): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i ? delimiter : '') + csvCell(cells[i]!);
  return line + '\r\n';
}

/** Undo our export's formula guard: "'=SUM" was written for "=SUM". */
export function unguard(value: string): string {
  return value.charCodeAt(0) === 39 && FORMULA.test(value.slice(1)) ? value.slice(1) : value;
}
