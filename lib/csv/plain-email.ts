import { checkEmail, type EmailCheck } from '../model/email';

/**
 * The common case in one regex test: a trimmed, lower-case ASCII address that
 * checkEmail accepts unchanged. Anything else goes through checkEmail itself,
 * so this only saves time, never changes a verdict (a property test checks it).
 */
export const PLAIN_EMAIL =
  /^(?=.{6,254}$)(?=[^@]{1,64}@)[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:(?!-)[a-z0-9-]{1,63}(?<!-)\.)+(?!-)(?=[a-z0-9-]*[a-z])[a-z0-9-]{2,63}(?<!-)$/;

export function checkImportedEmail(raw: string): EmailCheck {
  return PLAIN_EMAIL.test(raw) ? { ok: true, email: raw } : checkEmail(raw);
}
