import { describe, expect, it } from 'vitest';
import { counterRows, tally } from '../../../lib/db/counters';
import { getDb } from '../../../lib/db/database';
import { isBitmap } from '../../../lib/db/bitmaps';
import { rawPayload, rawWrite, sampleContacts } from '../../e2e/support/seed';
import { contact } from '../segments/contacts';
import { expectFactsExact } from '../helpers/facts';

describe('the end-to-end seed, which writes IndexedDB without Dexie', () => {
  it('adds to the counters and the fact bitmaps what the middleware would, bitmap containers included', async () => {
    const db = getDb();
    // 4,095 live contacts: one more than three makes archived:0's first container a bitmap.
    await db.contacts.bulkAdd(Array.from({ length: 4_095 }, (_, i) => contact({ id: i + 1, email: `p${i}@x.com` })));
    await rawWrite(rawPayload(sampleContacts(3) as unknown as Array<Record<string, unknown>>));
    expect(isBitmap((await db.facts.get(['archived:0', 0]))!.values)).toBe(true);
    await rawWrite(rawPayload(sampleContacts(5, { start: 3 }) as unknown as Array<Record<string, unknown>>));
    await expectFactsExact();
    const counts = new Map<string, number>();
    for (const row of await db.contacts.toArray()) tally(counts, row, 1);
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect((await db.counters.toArray()).sort(byKey)).toEqual(counterRows(counts).sort(byKey));
  }, 60_000);
});
