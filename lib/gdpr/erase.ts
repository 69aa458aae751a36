import { getDb } from '../db/database';
import type { Contact, Suppression } from '../model';
import { erasedTraces, forgetPageState, pendingKeysOf, type ErasedTraces } from './erase-traces';
import { emailHash } from './hash';

const CHUNK = 1000;

/**
 * Right to erasure: remove the contacts and their history, and keep only the
 * SHA-256 of each email in the suppression list so they are never re-added
 * (and any profile saved for them while waiting for an email).
 * One transaction: either every contact is erased and suppressed, or none.
 */
export async function eraseContacts(ids: number[]): Promise<number> {
  const db = getDb();
  // Hashing is async outside IndexedDB, so emails are read and hashed first.
  const hashes = new Map<string, string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = (await db.contacts.bulkGet(ids.slice(i, i + CHUNK))).filter((c): c is Contact => !!c);
    const digests = await Promise.all(rows.map((row) => emailHash(row.email)));
    rows.forEach((row, j) => hashes.set(row.email, digests[j]!));
  }
  const at = Date.now();
  const traces: ErasedTraces = { emails: new Set(), urls: new Set() };
  const erasedCount = await db.transaction('rw', [db.contacts, db.history, db.suppression, db.pending], async () => {
    let erased = 0;
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      const rows = (await db.contacts.bulkGet(chunk)).filter((c): c is Contact => !!c);
      const chunkHashes = rows.map((row) => {
        // An email edited between hashing and now aborts the whole erasure (nothing written).
        const hash = hashes.get(row.email);
        if (!hash) throw new Error('changed_during_erase');
        return hash;
      });
      // 'erased' replaces an 'unsubscribed' entry, and is itself never replaced.
      const current = await db.suppression.bulkGet(chunkHashes);
      const entries: Suppression[] = chunkHashes.filter((_, j) => current[j]?.reason !== 'erased').map((hash) => ({ hash, reason: 'erased', at }));
      await db.suppression.bulkPut(entries);
      // A profile saved while waiting for this person's email is their data too,
      // under their public profile or a Sales Navigator lead URL (./erase-traces.ts).
      const found = await erasedTraces(db, rows);
      found.emails.forEach((e) => traces.emails.add(e));
      found.urls.forEach((u) => traces.urls.add(u));
      const pendingKeys = await pendingKeysOf(db, found);
      if (pendingKeys.length) await db.pending.bulkDelete(pendingKeys);
      await db.history.where('contactId').anyOf(chunk).delete();
      await db.contacts.bulkDelete(rows.map((r) => r.id));
      erased += rows.length;
    }
    return erased;
  });
  // What open tabs showed of them goes too (storage.session is outside the transaction).
  await forgetPageState(traces);
  return erasedCount;
}
