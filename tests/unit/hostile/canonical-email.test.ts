import { describe, expect, it } from 'vitest';
import { upsertByEmail } from '../../../lib/contacts/repository';
import { eraseContacts } from '../../../lib/gdpr/erase';
import { normalizeEmail, checkEmail } from '../../../lib/model';
import { draft } from '../helpers/drafts';

// Finding 6, first half: after jane@bücher.de was erased, its ASCII (IDNA)
// form or its fullwidth form was accepted again.
describe('canonical email', () => {
  it.each([
    ['jane@bücher.de', 'jane@xn--bcher-kva.de'],
    ['JANE@XN--BCHER-KVA.DE', 'jane@xn--bcher-kva.de'],
    ['ｊａｎｅ＠ｂüｃｈｅｒ．ｄｅ', 'jane@xn--bcher-kva.de'],
    ['Jane@BÜCHER.de', 'jane@xn--bcher-kva.de'],
    ['  <mailto:Jane.Doe@Acme.com>', 'jane.doe@acme.com'],
  ])('%s → %s', (raw, canonical) => {
    expect(normalizeEmail(raw)).toBe(canonical);
    expect(checkEmail(raw)).toEqual({ ok: true, email: canonical });
  });

  it('never turns a path or a port into part of a domain', () => {
    expect(checkEmail('jane@bücher.de/x').ok).toBe(false);
    expect(checkEmail('jane@bücher.de:25').ok).toBe(false);
  });

  it('an erased address stays refused in its IDNA and fullwidth forms', async () => {
    const created = await upsertByEmail(draft({ email: 'jane@bücher.de' }));
    if (created.outcome !== 'created') throw new Error('setup');
    await eraseContacts([created.contact.id]);
    for (const email of ['jane@xn--bcher-kva.de', 'ｊａｎｅ＠ｂüｃｈｅｒ．ｄｅ', 'JANE@BÜCHER.DE']) {
      expect(await upsertByEmail(draft({ email })), email).toMatchObject({ outcome: 'refused', reason: 'suppressed' });
    }
  });
});
