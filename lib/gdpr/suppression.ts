import { getDb, type FluenzrDatabase } from '../db/database';
import { ContactError } from '../contacts/errors';
import { HashBook } from '../contacts/hashes';
import { commit, runWrite } from '../contacts/pipeline';
import { normalizeEmail, type Suppression } from '../model';
import { emailHash } from './hash';

/**
 * Record a hash in the suppression list (call inside a transaction that
 * includes db.suppression). An erasure is never downgraded to an unsubscribe.
 */
export async function suppress(db: FluenzrDatabase, hash: string, reason: Suppression['reason'], at = Date.now()): Promise<void> {
  const current = await db.suppression.get(hash);
  if (current?.reason === 'erased') return;
  if (current?.reason === reason) return;
  await db.suppression.put({ hash, reason, at });
}

/** Why an email is suppressed, or undefined; reads one row by primary key. */
export async function suppressionOf(email: string): Promise<Suppression | undefined> {
  return getDb().suppression.get(await emailHash(email));
}

/**
 * Lift an unsubscribe, only with the user's explicit statement that the person
 * agreed again. Erasures are never lifted: the hash is the only trace left of a
 * right-to-erasure request, and lifting it would let the next import bring the
 * person back silently. Someone who erased and later wants to be contacted can
 * write to the user, who then records that consent outside this tool.
 */
export async function liftSuppression(email: string, confirmation: { consentConfirmed: true; note: string }): Promise<void> {
  if (confirmation.consentConfirmed !== true || !confirmation.note.trim()) throw new ContactError('consent_required');
  const hash = await emailHash(email);
  const at = Date.now();
  const hashes = new HashBook();
  await runWrite(async (db) => {
    const current = await db.suppression.get(hash);
    if (!current) return;
    if (current.reason === 'erased') throw new ContactError('erased_permanent');
    await db.suppression.delete(hash);
    // A contact still on file keeps the new consent as its legal basis, with the note.
    const contact = await db.contacts.where('email').equals(normalizeEmail(email)).first();
    if (!contact) return;
    const consent = { basis: 'consent' as const, note: confirmation.note.trim(), at };
    const proposal = { before: contact, after: { ...contact, consent }, kind: 'edited' as const, changes: { consent: [contact.consent, consent] as [unknown, unknown] } };
    await commit(db, [proposal], { hashes, origin: 'manual', consent: 'refuse', room: 'refuse', now: at });
  });
}
