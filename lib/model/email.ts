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

/** Trim, drop a `mailto:` prefix and angle brackets, lower-case. */
export function normalizeEmail(raw: string): string {
  return raw
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^<(.*)>$/, '$1')
    .trim()
    .toLowerCase();
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
