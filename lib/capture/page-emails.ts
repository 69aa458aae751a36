/**
 * Email addresses on an ordinary page (the popup's "Find emails on this
 * page") and in a context-menu selection or mailto: link. Work is bounded:
 * a page with thousands of addresses returns the first `limit` and says so.
 */
export interface FoundAddress {
  email: string;
  name?: string;
}

export interface PageScan {
  url: string;
  addresses: FoundAddress[];
  /** More addresses exist than were returned. */
  truncated: boolean;
}

export const SCAN_LIMIT = 500;

/**
 * Runs INSIDE the page through scripting.executeScript({ func }), which
 * sends only this function's source: it must stay self-contained (no
 * imports, no module constants).
 */
export function scanPageEmails(limit: number, doc: Document = document): PageScan {
  const MAX_CHARS = 2_000_000;
  const PATTERN = /[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)*\.[a-z]{2,24}/gi;
  const NOT_TLD = /\.(png|jpe?g|gif|svg|webp|css|js)$/i;
  const found = new Map<string, { email: string; name?: string }>();
  let truncated = false;
  const add = (raw: string, name?: string): boolean => {
    const email = raw.toLowerCase().replace(/\.+$/, '');
    if (NOT_TLD.test(email) || email.length > 254) return true;
    const known = found.get(email);
    if (known) {
      if (name && !known.name) known.name = name;
      return true;
    }
    if (found.size >= limit) {
      truncated = true;
      return false;
    }
    found.set(email, name ? { email, name } : { email });
    return true;
  };
  // mailto: links first: their text often names the person.
  const links = doc.querySelectorAll('a[href^="mailto:" i]');
  for (let i = 0; i < links.length && !truncated; i++) {
    const link = links[i]!;
    let target = (link.getAttribute('href') ?? '').slice(7).split('?')[0] ?? '';
    try {
      target = decodeURIComponent(target);
    } catch {
      // Keep a malformed escape as it is.
    }
    const text = (link.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120);
    for (const part of target.split(/[,;]/)) {
      const match = part.trim().match(PATTERN);
      if (match && !add(match[0], text && !text.includes('@') ? text : undefined)) break;
    }
  }
  if (doc.body && !truncated) {
    const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
    let chars = 0;
    for (let node = walker.nextNode(); node && !truncated && chars < MAX_CHARS; node = walker.nextNode()) {
      const parent = node.parentElement?.tagName;
      if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT' || parent === 'TEMPLATE') continue;
      const text = node.nodeValue ?? '';
      chars += text.length;
      if (!text.includes('@')) continue;
      for (const match of text.matchAll(PATTERN)) if (!add(match[0])) break;
    }
    if (chars >= MAX_CHARS) truncated = true;
  }
  return { url: doc.location?.href ?? '', addresses: [...found.values()], truncated };
}

// A candidate is checked whole, at most 64 + 1 + 253 characters: bounded work.
const ADDRESS = /^[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)*\.[a-z]{2,24}$/i;
const LOCAL_CHAR = /[a-z0-9._%+-]/i;
const DOMAIN_CHAR = /[a-z0-9.-]/i;
const NAME_STOP = /[<>,;"\n]/;

/**
 * Addresses in selected text, with the display names written next to them
 * ("Jane Doe <jane@acme.com>", "\"Doe, Jane\" <jane@acme.com>"). A scan from
 * each '@' outwards, each step bounded, instead of a backtracking regex over
 * the whole text: crafted text (a name, '<', then thousands of '@') made the
 * regex take seconds per kilobyte; this stays linear.
 */
export function findAddressesInText(text: string, limit = 100): FoundAddress[] {
  const body = text.slice(0, 100_000);
  const found = new Map<string, FoundAddress>();
  for (let at = body.indexOf('@'); at !== -1 && found.size < limit; at = body.indexOf('@', at + 1)) {
    const hit = addressAround(body, at);
    if (!hit) continue;
    const { name } = nameBefore(body, hit.start, hit.end);
    const known = found.get(hit.email);
    if (!known) found.set(hit.email, name ? { email: hit.email, name } : { email: hit.email });
    else if (name && !known.name) known.name = name;
  }
  // Named addresses first, as a list of "Name <address>" reads.
  const all = [...found.values()];
  return [...all.filter((a) => a.name), ...all.filter((a) => !a.name)];
}

function addressAround(text: string, at: number): { email: string; start: number; end: number } | undefined {
  let start = at;
  while (start > 0 && at - start < 64 && LOCAL_CHAR.test(text[start - 1]!)) start--;
  while (start < at && !/[a-z0-9]/i.test(text[start]!)) start++;
  let end = at + 1;
  while (end < text.length && end - at <= 253 && DOMAIN_CHAR.test(text[end]!)) end++;
  while (end > at + 1 && /[.-]/.test(text[end - 1]!)) end--;
  if (start === at) return undefined;
  const email = text.slice(start, end).toLowerCase();
  return ADDRESS.test(email) ? { email, start, end } : undefined;
}

/** The display name of an address written inside angle brackets, if any. */
function nameBefore(text: string, start: number, end: number): { name?: string } {
  let open = start - 1;
  while (open >= 0 && /\s/.test(text[open]!)) open--;
  let close = end;
  while (close < text.length && /\s/.test(text[close]!)) close++;
  if (text[open] !== '<' || text[close] !== '>') return {};
  let stop = open - 1;
  while (stop >= 0 && /\s/.test(text[stop]!)) stop--;
  let name: string;
  if (text[stop] === '"') {
    const quote = text.lastIndexOf('"', stop - 1);
    if (quote === -1 || stop - quote > 81 || text.slice(quote + 1, stop).includes('\n')) return {};
    name = text.slice(quote + 1, stop);
  } else {
    let from = stop + 1;
    while (from > 0 && stop + 1 - from < 80 && !NAME_STOP.test(text[from - 1]!)) from--;
    name = text.slice(from, stop + 1);
  }
  name = name.trim();
  return name && !name.includes('@') ? { name } : {};
}

/** The addresses of a mailto: link (several may be comma-separated; ?subject= ignored). */
export function addressesOfMailto(href: string): FoundAddress[] {
  if (!/^mailto:/i.test(href)) return [];
  let target = href.slice(7).split('?')[0] ?? '';
  try {
    target = decodeURIComponent(target);
  } catch {
    // Keep a malformed escape as it is.
  }
  return findAddressesInText(target.replace(/[,;]/g, ' '), 20);
}
