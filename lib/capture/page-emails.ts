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

const ADDRESS = /[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)*\.[a-z]{2,24}/gi;
// "Jane Doe <jane@acme.com>" or "\"Doe, Jane\" <jane@acme.com>".
const NAMED = /(?:"([^"\n]{1,80})"|([^\s<>,;"][^<>,;"\n]{0,79}?))\s*<\s*([^<>\s]+@[^<>\s]+)\s*>/g;

/** Addresses in selected text, with the display names written next to them. */
export function findAddressesInText(text: string, limit = 100): FoundAddress[] {
  const body = text.slice(0, 100_000);
  const found = new Map<string, FoundAddress>();
  for (const match of body.matchAll(NAMED)) {
    const email = match[3]!.toLowerCase();
    const name = (match[1] ?? match[2] ?? '').trim();
    if (found.size < limit && !found.has(email) && ADDRESS.test(email)) found.set(email, name && !name.includes('@') ? { email, name } : { email });
    ADDRESS.lastIndex = 0;
  }
  for (const match of body.matchAll(ADDRESS)) {
    const email = match[0].toLowerCase().replace(/\.+$/, '');
    if (found.size >= limit) break;
    if (!found.has(email)) found.set(email, { email });
  }
  return [...found.values()];
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
