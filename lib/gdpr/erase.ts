import { HashBook } from '../contacts/hashes';
import { getDb } from '../db/database';
import { addressesOf, removeContacts, runWrite } from '../contacts/pipeline';
import type { Contact, Suppression } from '../model';
import { erasedTraces, forgetPageState, pendingKeysOf, type ErasedTraces } from './erase-traces';

const CHUNK = 1000;
const addressesOfContact = (contact: Contact) => addressesOf({ after: contact });

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
  for (let i = 0; i < ids.length; i += CHUNK) await hashes.add((await db.contacts.bulkGet(ids.slice(i, i + CHUNK))).flatMap((c) => (c ? addressesOfContact(c) : [])));
  const at = Date.now();
  const traces: ErasedTraces = { emails: new Set(), urls: new Set() };
  const erasedCount = await runWrite(async () => {
    let erased = 0;
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      const rows = (await db.contacts.bulkGet(chunk)).filter((c) => !!c);
      // An email edited since it was hashed: the runner hashes it and runs this again, nothing written yet.
      // Every address of the person: their other emails would otherwise let them back in.
      const emails = rows.flatMap(addressesOfContact);
      hashes.require(emails);
      const chunkHashes = [...new Set(emails.map((email) => hashes.of(email)))];
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
      erased += (await removeContacts(db, chunk)).length;
    }
    return erased;
  }, [db.pending]);
  // What open tabs showed of them goes too (storage.session is outside the transaction).
  await forgetPageState(traces);
  return erasedCount;
}
