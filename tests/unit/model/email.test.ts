import { describe, expect, it } from 'vitest';
import { checkEmail, normalizeEmail } from '../../../lib/model';

describe('normalizeEmail', () => {
  it.each([
    ['  Jane.Doe@Acme.COM ', 'jane.doe@acme.com'],
    ['mailto:Sales@Acme.fr', 'sales@acme.fr'],
    ['<bob@example.org>', 'bob@example.org'],
  ])('%j → %s', (raw, expected) => expect(normalizeEmail(raw)).toBe(expected));
});

describe('checkEmail', () => {
  it.each([
    'jane@acme.com',
    "jean-baptiste.o'neill+prospects@sub.acme.co.uk",
    'x@élysée.fr',
    'a_b@a-b.io',
  ])('accepts %s', (email) => expect(checkEmail(email).ok).toBe(true));

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['jane.acme.com', 'no_at'],
    ['jane@acme', 'no_domain_dot'],
    ['jane doe@acme.com', 'has_spaces'],
    ['jane..doe@acme.com', 'consecutive_dots'],
    ['jane@acme..com', 'consecutive_dots'],
    ['.jane@acme.com', 'dot_at_edge'],
    ['jane@acme.com.', 'dot_at_edge'],
    ['jane@@acme.com', 'many_at'],
    ['@acme.com', 'empty_local'],
    ['jane@', 'no_domain'],
    ['ja"ne@acme.com', 'invalid_characters'],
    ['jane@-acme.com', 'invalid_domain'],
    ['jane@acme.c', 'invalid_domain'],
    ['jane@1.2.3.4', 'invalid_domain'],
    [`${'a'.repeat(65)}@acme.com`, 'local_too_long'],
    [`a@${Array(5).fill('b'.repeat(60)).join('.')}.com`, 'too_long'],
  ])('rejects %j with %s', (email, problem) => {
    expect(checkEmail(email)).toEqual({ ok: false, problem });
  });
});
