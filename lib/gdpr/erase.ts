import { HashBook } from '../contacts/hashes';
import { getDb } from '../db/database';
import { removeContacts, runWrite } from '../contacts/pipeline';
import type { Suppression } from '../model';

const CHUNK = 1000;

/**
 * Right to erasure: remove the contacts and their history, and keep only the
 * hash of each email in the suppression list so they are never re-added
 * (and any profile saved for them while waiting for an email).
 * One transaction: either every contact is erased and suppressed, or none.
 */
export async function eraseContacts(ids: number[]): Promise<number> {
  const hashes = new HashBook();
  const db = getDb();
  // Hashed ahead (hashing cannot run inside the transaction); an email edited meanwhile is hashed on a second run.
  for (let i = 0; i < ids.length; i += CHUNK) await hashes.add((await db.contacts.bulkGet(ids.slice(i, i + CHUNK))).flatMap((c) => (c ? [c.email] : [])));
  const at = Date.now();
  return runWrite(async () => {
    let erased = 0;
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      const rows = (await db.contacts.bulkGet(chunk)).filter((c) => !!c);
      // An email edited since it was hashed: the runner hashes it and runs this again, nothing written yet.
      hashes.require(rows.map((row) => row.email));
      const chunkHashes = rows.map((row) => hashes.of(row.email));
      // 'erased' replaces an 'unsubscribed' entry, and is itself never replaced.
      const current = await db.suppression.bulkGet(chunkHashes);
      const entries: Suppression[] = chunkHashes.filter((_, j) => current[j]?.reason !== 'erased').map((hash) => ({ hash, reason: 'erased', at }));
      await db.suppression.bulkPut(entries);
      // A profile saved while waiting for this person's email is their data too.
      const urls = rows.map((r) => r.linkedinUrl).filter((u): u is string => !!u);
      if (urls.length) await db.pending.bulkDelete(urls);
      erased += (await removeContacts(db, chunk)).length;
    }
    return erased;
  }, [db.pending]);
}
