import fc from 'fast-check';
import { PLAIN_EMAIL } from '../../../lib/csv/plain-email';
import { checkEmail } from '../../../lib/model/email';

/** A fixed seed: a failure in CI is the same failure on any machine (fast-check prints it too). */
const SEED = 20_261_202;

describe('the fast email path never disagrees with checkEmail', () => {
  it.each(['jane.doe@acme.com', 'a.b-c+d@sub.exemple.fr', "o'brien@x.io"])('accepts %s as checkEmail does', (email) => {
    expect(PLAIN_EMAIL.test(email)).toBe(true);
    expect(checkEmail(email)).toEqual({ ok: true, email });
  });

  it.each(['Jane@acme.com', ' a@b.fr', 'a..b@c.fr', '.a@b.fr', 'a@-b.fr', 'a@b.1', 'a@b', 'a@b.c', 'a@b..fr', 'élodie@x.fr'])('leaves %s to checkEmail', (email) => {
    expect(PLAIN_EMAIL.test(email)).toBe(false);
  });

  it('on random addresses', () => {
    const part = fc.string({ unit: fc.constantFrom('a', 'z', '0', '.', '-', '_', '+', 'É', 'A', ' ', "'"), maxLength: 12 });
    fc.assert(
      fc.property(part, part, part, (local, domain, tld) => {
        const email = `${local}@${domain}.${tld}`;
        if (PLAIN_EMAIL.test(email)) expect(checkEmail(email)).toEqual({ ok: true, email });
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
});
