/**
 * Address lists as people paste them into one cell: RFC 5322 mailboxes
 * (`Jean Dupont <jean@x.fr>`, `"Durand, Luc" <luc@x.fr>`, `luc@x.fr (Luc)`),
 * French guillemets `‹ ›`, separated by `,` or `;`. Tolerant rather than
 * strict (an unquoted `Durand, Luc <luc@x.fr>` is one mailbox), and one pass
 * over the cell: no backtracking regex on outside text.
 */
export interface Mailbox {
  address: string;
  name?: string;
}

const OPEN: Record<string, string> = { '<': '>', '‹': '›', '«': '»', '(': ')', '"': '"' };

/** Split on top-level `,` `;` and line breaks, outside quotes, brackets and comments. */
function parts(cell: string): string[] {
  const out: string[] = [];
  let start = 0;
  let close = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (close) {
      if (c === '\\' && close === '"') i++;
      else if (c === close) close = '';
      continue;
    }
    if (c in OPEN) close = OPEN[c]!;
    else if (c === ',' || c === ';' || c === '\n' || c === '\r') {
      out.push(cell.slice(start, i));
      start = i + 1;
    }
  }
  out.push(cell.slice(start));
  return out.map((p) => p.trim()).filter(Boolean);
}

function cleanName(raw: string): string | undefined {
  let name = raw.trim();
  if (name.length >= 2 && name.startsWith('"') && name.endsWith('"')) name = name.slice(1, -1).replace(/\\(.)/g, '$1');
  name = name.replace(/\s+/g, ' ').trim();
  return name && !name.includes('@') ? name.slice(0, 200) : undefined;
}

function mailbox(part: string): Mailbox {
  for (const [open, shut] of [['<', '>'], ['‹', '›'], ['«', '»']] as const) {
    const at = part.lastIndexOf(open);
    const end = part.lastIndexOf(shut);
    if (at !== -1 && end > at) {
      const address = part.slice(at + 1, end).trim();
      const name = cleanName(part.slice(0, at) + ' ' + part.slice(end + 1));
      return name ? { address: stripMailto(address), name } : { address: stripMailto(address) };
    }
  }
  const comment = part.indexOf('(');
  if (comment > 0 && part.endsWith(')')) {
    const name = cleanName(part.slice(comment + 1, -1));
    const address = stripMailto(part.slice(0, comment).trim());
    return name ? { address, name } : { address };
  }
  return { address: stripMailto(part) };
}

const stripMailto = (value: string) => (value.slice(0, 7).toLowerCase() === 'mailto:' ? value.slice(7) : value).trim();

/** The cell's mailboxes, in order. A piece without `@` is the start of the next one's name ("Durand, Luc <…>"). */
export function parseAddressList(cell: string): Mailbox[] {
  const out: Mailbox[] = [];
  let pending = '';
  for (const part of parts(cell)) {
    if (!part.includes('@')) {
      pending = pending ? `${pending}, ${part}` : part;
      continue;
    }
    const box = mailbox(pending ? `${pending}, ${part}` : part);
    // "Durand, Luc <luc@x.fr>" unquoted: the name was split at its comma.
    if (pending && !box.name) box.name = cleanName(pending);
    pending = '';
    out.push(box);
  }
  // Something that is neither an address nor a name before one ("carol@x.fr;Carol"): the cell is one value, judged whole.
  if (pending) return [{ address: cell.trim() }];
  return out;
}

/** "Durand, Luc" → Luc Durand; "Jean Dupont" → Jean / Dupont. */
export function splitPersonName(full: string): { firstName?: string; lastName?: string } {
  const name = full.trim();
  if (!name) return {};
  const comma = name.indexOf(',');
  if (comma > 0) {
    const last = name.slice(0, comma).trim();
    const first = name.slice(comma + 1).trim();
    if (first && last && !first.includes(',')) return { firstName: first.slice(0, 500), lastName: last.slice(0, 500) };
  }
  const space = name.indexOf(' ');
  if (space === -1) return { firstName: name.slice(0, 500) };
  return { firstName: name.slice(0, space).slice(0, 500), lastName: name.slice(space + 1).trim().slice(0, 500) };
}
