import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, DB_NAME, FluenzrDatabase, SCHEMA_VERSIONS } from '../../../lib/db/database';
import { ContactSchema } from '../../../lib/model';
import v1 from '../../fixtures/db/v1.json';
import v2 from '../../fixtures/db/v2.json';
import v3 from '../../fixtures/db/v3.json';
import v4 from '../../fixtures/db/v4.json';
import v5 from '../../fixtures/db/v5.json';
import v6 from '../../fixtures/db/v6.json';
import v7 from '../../fixtures/db/v7.json';
import v8 from '../../fixtures/db/v8.json';
import { counterRows, tally } from '../../../lib/db/counters';
import { setDbForTests } from '../../../lib/db/database';
import { contact } from '../segments/contacts';
import { expectFactsExact } from '../helpers/facts';

/** One fixture per earlier schema version: rows as that version wrote them. */
const FIXTURES: Record<number, Record<string, unknown[]>> = { 1: v1, 2: v2, 3: v3, 4: v4, 5: v5, 6: v6, 7: v7, 8: v8 };

/** JSON holds a container's values as an array; the store held a Uint16Array. */
const asFactRow = (row: unknown) => ({ ...(row as object), values: Uint16Array.from((row as { values: number[] }).values) });

/** Open the database at an old version, exactly as that release declared it. */
function openAtVersion(version: number): Dexie {
  const db = new Dexie(DB_NAME);
  for (const [v, schema] of Object.entries(SCHEMA_VERSIONS)) {
    if (Number(v) <= version) db.version(Number(v)).stores(schema);
  }
  return db;
}

describe('database migrations', () => {
  it('has a fixture for every earlier version', () => {
    const earlier = Object.keys(SCHEMA_VERSIONS).map(Number).filter((v) => v < CURRENT_VERSION);
    expect(Object.keys(FIXTURES).map(Number)).toEqual(earlier);
  });

  it.each(Object.keys(FIXTURES).map(Number))('upgrades a v%i database keeping every row', async (version) => {
    const fixture = FIXTURES[version]!;
    const old = openAtVersion(version);
    await old.open();
    for (const [table, rows] of Object.entries(fixture)) await old.table(table).bulkAdd(table === 'facts' ? rows.map(asFactRow) : rows);
    old.close();

    const db = new FluenzrDatabase();
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    // Every row stays, but the fact bitmaps: they are rebuilt (checked below).
    for (const [table, rows] of Object.entries(fixture)) if (table !== 'facts') expect(await db.table(table).count()).toBe(rows.length);
    for (const contact of await db.contacts.toArray()) {
      expect(ContactSchema.safeParse(contact).error).toBeUndefined();
    }
    // The indexes of the current version answer queries on upgraded rows.
    expect(await db.contacts.where('[archived+lastActivityAt]').between([0, 0], [0, Infinity]).count()).toBe(
      fixture.contacts!.filter((c) => (c as { archived: number }).archived === 0).length,
    );
    // v5's counters hold what the upgraded contacts add up to.
    const counts = new Map<string, number>();
    for (const contact of fixture.contacts!) tally(counts, contact as Parameters<typeof tally>[1], 1);
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect((await db.counters.toArray()).sort(byKey)).toEqual(counterRows(counts).sort(byKey));
    expect(await db.counters.get('archived:0')).toEqual({ key: 'archived:0', n: 1 });
    // v8's fact bitmaps hold what the upgraded contacts have.
    expect((await db.facts.get(['tag:salon-2025', 0]))?.values).toEqual(new Uint16Array([1]));
    setDbForTests(db);
    await expectFactsExact();
    db.close();
  });
});

describe('v8 fact bitmaps', () => {
  it('are built from every contact of a v7 database, across containers, with the counters', async () => {
    const old = openAtVersion(7);
    await old.open();
    const ids = [1, 2, 65_535, 70_000, 140_000, 140_001];
    await old.table('contacts').bulkAdd(ids.map((id, i) => contact({ id, email: `p${id}@x.com`, tags: i % 2 ? ['vip'] : [], status: i % 3 ? 'Active' : 'Replied', archived: i === 5 ? 1 : 0 })));
    // A v7 database whose counters are stale: the upgrade recounts them in the same pass.
    await old.table('counters').put({ key: 'archived:0', n: 1 });
    old.close();
    const db = new FluenzrDatabase();
    setDbForTests(db);
    await db.open();
    await expectFactsExact();
    expect(await db.facts.where('[fact+high]').between(['archived:0', Dexie.minKey], ['archived:0', Dexie.maxKey]).toArray()).toEqual([
      { fact: 'archived:0', high: 0, values: new Uint16Array([1, 2, 65_535]) },
      { fact: 'archived:0', high: 1, values: new Uint16Array([70_000 - 65_536]) },
      { fact: 'archived:0', high: 2, values: new Uint16Array([140_000 - 131_072]) },
    ]);
    expect(await db.counters.get('archived:0')).toEqual({ key: 'archived:0', n: 5 });
    // Written after the upgrade: kept by the middleware.
    await db.contacts.update(140_001, { archived: 0 });
    await expectFactsExact();
  });
});

describe('v4 sort keys', () => {
  it('are computed for upgraded rows so a name sort lists every contact', async () => {
    const old = openAtVersion(3);
    await old.open();
    await old.table('contacts').bulkAdd(v3.contacts);
    old.close();
    const db = new FluenzrDatabase();
    await db.open();
    const sorted = await db.contacts.orderBy('sortName').toArray();
    expect(sorted.map((c) => c.sortName)).toEqual(
      v3.contacts.map((c) => [c.firstName, c.lastName].filter(Boolean).join(' ').normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase() || c.email).sort(),
    );
    db.close();
  });
});

describe('v6 next steps and notes', () => {
  it('upgrades a v5 database: no contact has a next step, the notes table is empty and indexed', async () => {
    const old = openAtVersion(5);
    await old.open();
    for (const [table, rows] of Object.entries(v5)) await old.table(table).bulkAdd(rows);
    old.close();
    const db = new FluenzrDatabase();
    await db.open();
    expect(await db.contacts.where('nextDueAt').above(0).count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
    // The counters came through untouched: v6 changes no contact.
    expect(await db.counters.count()).toBe(v5.counters.length);
    // A next step written after the upgrade is indexed; archiving takes it out of the index.
    await db.contacts.update(1, { nextStep: { text: 'Call back', dueAt: 1_800_000_000_000 } });
    expect(await db.contacts.where('nextDueAt').equals(1_800_000_000_000).primaryKeys()).toEqual([1]);
    await db.contacts.update(1, { archived: 1 });
    expect(await db.contacts.where('nextDueAt').above(0).count()).toBe(0);
    await db.notes.add({ contactId: 1, text: 'Met at the fair', createdAt: 1, updatedAt: 1, searchWords: ['met', 'fair'] } as never);
    expect(await db.notes.where('[contactId+createdAt]').between([1, 0], [1, Infinity]).count()).toBe(1);
    db.close();
  });
});
