/**
 * Characters a page can hide in a name to mislead whoever reads it: C0/C1
 * controls (NUL truncates strings in some tools; tabs and line breaks forge
 * layouts) and the bidi embeddings, overrides and isolates that reorder what
 * is displayed ("\u202Egpj.exe"). LRM/RLM marks stay: right-to-left names
 * need them and they reorder nothing around them.
 */
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const BREAKS = /[\t\n\r]+/g;

/** One-line text as stored: hidden controls removed, tabs and line breaks as one space. */
export function cleanLine(text: string): string {
  return text.replace(HIDDEN, '').replace(BREAKS, ' ');
}

/** Multi-line text (notes): hidden controls removed, line breaks kept. */
export function cleanText(text: string): string {
  return text.replace(HIDDEN, '');
}
