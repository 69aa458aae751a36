import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, DB_NAME, FluenzrDatabase, SCHEMA_VERSIONS, setDbForTests } from '../../../lib/db/database';
import { expectFactsExact } from '../helpers/facts';
import { sortKeysOf } from '../../../lib/db/sort-keys';
import { ContactSchema } from '../../../lib/model';
import { syntheticBatches } from '../../../scripts/bench/generate';

/** Every committed fixture tests/fixtures/db/vN.json: rows as version N wrote them. */
const FILES = import.meta.glob<Record<string, Array<Record<string, unknown>>>>('../../fixtures/db/v*.json', { eager: true, import: 'default' });
const FIXTURES = Object.entries(FILES).map(([path, rows]) => [Number(/v(\d+)\.json$/.exec(path)![1]), rows] as const);

function openAtVersion(version: number): Dexie {
  const db = new Dexie(DB_NAME);
  for (const [v, schema] of Object.entries(SCHEMA_VERSIONS)) if (Number(v) <= version) db.version(Number(v)).stores(schema);
  return db;
}

async function writeAt(version: number, tables: Record<string, unknown[]>) {
  const old = openAtVersion(version);
  await old.open();
  for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
  old.close();
}

describe('upgrading keeps data, field by field', () => {
  it('finds the fixtures', () => expect(FIXTURES.map(([v]) => v)).toEqual(expect.arrayContaining([1, 2])));

  it.each(FIXTURES.filter(([v]) => v < CURRENT_VERSION))('from v%i every stored value survives', async (version, fixture) => {
    await writeAt(version, fixture);
    const db = new FluenzrDatabase();
    await db.open();
    for (const [table, rows] of Object.entries(fixture)) {
      // Fact bitmaps are derived: an upgrade that adds facts rebuilds them from the rows.
      if (table === 'facts') continue;
      const stored = await db.table(table).toArray();
      // Upgrades may add fields; they never drop or change one.
      expect(stored).toEqual(rows.map((row) => expect.objectContaining(row)));
    }
    setDbForTests(db);
    await expectFactsExact();
    db.close();
  });

  it('from v1 at scale: 500 contacts keep their rows and get lastActivityAt from updatedAt', async () => {
    const contacts = [...syntheticBatches(500, 500)][0]!.map((contact, i) => {
      const { lastActivityAt: _dropped, ...v1 } = contact;
      return { ...v1, id: i + 1 };
    });
    await writeAt(1, { contacts });
    const db = new FluenzrDatabase();
    await db.open();
    const stored = await db.contacts.toArray();
    expect(stored).toHaveLength(500);
    for (const [i, contact] of stored.entries()) {
      // v4 adds the derived sort keys the manager sorts by.
      expect(contact).toEqual({ ...contacts[i], lastActivityAt: contacts[i]!.updatedAt, ...sortKeysOf(contacts[i]!) });
      expect(ContactSchema.safeParse(contact).error).toBeUndefined();
    }
    // The indexes added after v1 answer for the upgraded rows.
    const live = contacts.filter((c) => c.archived === 0).length;
    expect(await db.contacts.where('[archived+lastActivityAt]').between([0, -Infinity], [0, Infinity]).count()).toBe(live);
    expect(await db.contacts.where('[archived+createdAt]').between([0, -Infinity], [0, Infinity]).count()).toBe(live);
    // v8's fact bitmaps are built from the upgraded rows.
    setDbForTests(db);
    await expectFactsExact();
    db.close();
  }, 30_000);
});
