/**
 * The text of an element as lines, the way it reads on screen: block
 * elements and <br> break lines; quoted replies, scripts and styles are
 * skipped; work stops after `maxChars`. (No innerText: it needs layout and
 * happy-dom has none.)
 */
const BLOCKS = new Set(['DIV', 'P', 'BR', 'TR', 'LI', 'UL', 'OL', 'TABLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'HR']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IMG']);

/** Quoted earlier messages: Gmail's own quote block, plain blockquotes, Gmail's "…" trimmed part. */
export const QUOTE_SELECTOR = '.gmail_quote, blockquote, .h5, .adL';

export function blockLines(root: Element, maxChars: number, skip: string = QUOTE_SELECTOR): string[] {
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node) => {
    if (length >= maxChars) return;
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      parts.push(text);
      length += text.length;
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (SKIPPED.has(element.tagName) || (skip && element.matches(skip))) return;
    const block = BLOCKS.has(element.tagName);
    if (block) parts.push('\n');
    // Cells of a row stay on one line ("Mobile" | "06 12 34 56 78" reads as one labelled value).
    else if (element.tagName === 'TD' || element.tagName === 'TH') parts.push(' ');
    for (let child = element.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .slice(0, maxChars)
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\u200b]+/g, ' ').trim())
    .filter(Boolean);
}
