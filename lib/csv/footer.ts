/**
 * Lines report exports put after the data (Salesforce: "Grand Totals (57
 * records)", "Confidential Information - Do Not Distribute", "Copyright (c)
 * 2000-2026 salesforce.com, inc. All rights reserved."; others: "Total: 12",
 * "Generated on …", "Exported by …").
 */
const FOOTER = /^(?:grand\s+totals?|totals?|sous-total|total\s+g[ée]n[ée]ral|confidential|confidentiel|copyright|©|\(c\)|all rights reserved|tous droits r[ée]serv[ée]s|generated|g[ée]n[ée]r[ée]|exported|export[ée]|report|rapport|filtered by|filtr[ée]|\d[\d\s.,]*\s+(?:records?|rows?|lignes?|contacts?|enregistrements?)\b)/i;

/** A record with at most two filled cells and no address in any: it may be a footer line. */
export function footerShaped(cells: string[]): boolean {
  let filled = 0;
  for (const cell of cells) {
    if (cell.trim() === '') continue;
    if (++filled > 2 || cell.includes('@')) return false;
  }
  return filled > 0;
}

export function looksLikeFooter(cells: string[]): boolean {
  return cells.some((cell) => FOOTER.test(cell.trim()));
}
