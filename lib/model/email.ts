/**
 * Email normalization and validation. Pure and dependency-free so content
 * scripts can use it without pulling zod into their bundle.
 */
export type EmailProblem =
  | 'empty'
  | 'too_long'
  | 'has_spaces'
  | 'no_at'
  | 'many_at'
  | 'empty_local'
  | 'local_too_long'
  | 'consecutive_dots'
  | 'dot_at_edge'
  | 'invalid_characters'
  | 'no_domain'
  | 'no_domain_dot'
  | 'invalid_domain';

export type EmailCheck = { ok: true; email: string } | { ok: false; problem: EmailProblem };

export const MAX_EMAIL_LENGTH = 254;

/**
 * The canonical form of an address, the one every comparison and hash uses:
 * Unicode NFKC (fullwidth "ｊａｎｅ＠…" is "jane@…"), trimmed, without a
 * `mailto:` prefix or angle brackets, lower-case, and the domain in its ASCII
 * (IDNA) form, so "bücher.de" and "xn--bcher-kva.de" are one domain.
 */
export function normalizeEmail(raw: string): string {
  const email = raw
    .normalize('NFKC')
    .trim()
    .replace(/^<(.*)>$/, '$1')
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^<(.*)>$/, '$1')
    .trim()
    .toLowerCase();
  const at = email.lastIndexOf('@');
  return at === -1 ? email : email.slice(0, at + 1) + asciiDomain(email.slice(at + 1));
}

/**
 * The IDNA (punycode) form of a Unicode domain, by the platform's URL parser
 * (UTS #46 in browsers and Node): no library in the content scripts. Only a
 * bare domain is converted; anything a URL would read as a path, port or
 * user stays as it is, and validation then refuses it.
 */
function asciiDomain(domain: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(domain) || /[\s/\\?#:@[\]%]/.test(domain)) return domain;
  try {
    const host = new URL(`http://${domain}`).hostname;
    return /^[a-z0-9.-]+$/.test(host) ? host : domain;
  } catch {
    return domain;
  }
}

// RFC 5322 "atext" for the local part (dot-atom only: quoted local parts are
// valid in theory but never seen in B2B prospecting and break most senders).
const LOCAL_CHARS = /^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;
const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
// Internationalized domains are accepted in their Unicode form too.
const DOMAIN_LABEL_UNICODE = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;

/** Normalize then validate, returning the precise reason on failure. */
export function checkEmail(raw: string): EmailCheck {
  const email = normalizeEmail(raw);
  if (email === '') return { ok: false, problem: 'empty' };
  if (email.length > MAX_EMAIL_LENGTH) return { ok: false, problem: 'too_long' };
  if (/\s/.test(email)) return { ok: false, problem: 'has_spaces' };
  const at = email.indexOf('@');
  if (at === -1) return { ok: false, problem: 'no_at' };
  if (email.indexOf('@', at + 1) !== -1) return { ok: false, problem: 'many_at' };
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local === '') return { ok: false, problem: 'empty_local' };
  if (local.length > 64) return { ok: false, problem: 'local_too_long' };
  if (domain === '') return { ok: false, problem: 'no_domain' };
  if (email.includes('..')) return { ok: false, problem: 'consecutive_dots' };
  if (local.startsWith('.') || local.endsWith('.') || domain.startsWith('.') || domain.endsWith('.')) {
    return { ok: false, problem: 'dot_at_edge' };
  }
  if (!LOCAL_CHARS.test(local)) return { ok: false, problem: 'invalid_characters' };
  const labels = domain.split('.');
  if (labels.length < 2) return { ok: false, problem: 'no_domain_dot' };
  if (!labels.every((label) => DOMAIN_LABEL.test(label) || DOMAIN_LABEL_UNICODE.test(label))) {
    return { ok: false, problem: 'invalid_domain' };
  }
  const tld = labels[labels.length - 1]!;
  if (/^\d+$/.test(tld) || tld.length < 2) return { ok: false, problem: 'invalid_domain' };
  return { ok: true, email };
}

export function isValidEmail(raw: string): boolean {
  return checkEmail(raw).ok;
}

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}
