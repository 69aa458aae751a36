import { expect } from 'vitest';
import { isBitmap, lows } from '../../../lib/db/bitmaps';
import { getDb } from '../../../lib/db/database';
import { FactTally, type FactRow } from '../../../lib/db/facts';

/** A fact row as plain data (kind and values), sorted: comparable, and readable in a diff. */
function plain(rows: FactRow[]) {
  return rows
    .map((row) => ({ fact: row.fact, high: row.high, kind: isBitmap(row.values) ? 'bitmap' : 'array', values: [...lows(row.values)] }))
    .sort((a, b) => (a.fact < b.fact ? -1 : a.fact > b.fact ? 1 : a.high - b.high));
}

/** The fact bitmaps as stored, and as rebuilt from scratch from every contact. */
export async function storedAndRebuiltFacts() {
  const db = getDb();
  const tally = new FactTally();
  for (const contact of await db.contacts.toArray()) tally.add(contact.id, contact);
  return { stored: plain(await db.facts.toArray()), rebuilt: plain(tally.rows()) };
}

/** The stored bitmaps are exactly what the contacts say (same containers, same kinds, no empty row). */
export async function expectFactsExact(): Promise<void> {
  const { stored, rebuilt } = await storedAndRebuiltFacts();
  expect(stored).toEqual(rebuilt);
}
