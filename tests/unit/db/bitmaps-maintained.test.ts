import Dexie, { type DBCore, type Middleware } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBitmap } from '../../../lib/db/bitmaps';
import { FluenzrDatabase, getDb, setDbForTests } from '../../../lib/db/database';
import { repairCounters } from '../../../lib/db/repair';
import { STAGES, STATUSES, type Contact } from '../../../lib/model';
import { contact } from '../segments/contacts';
import { expectFactsExact } from '../helpers/facts';

/** Ids in three containers: 0-65,535, 65,536-131,071 and 131,072-196,607. */
const FAR = [70_000, 140_000, 65_535, 65_536, 131_071];

const person = (id: number, overrides: Partial<Contact> = {}) => contact({ id, email: `p${id}@x.com`, ...overrides });

describe('fact bitmaps kept by the counters middleware', () => {
  it('follow add, bulkAdd, put, update, modify, delete, bulkDelete and a deleted range, across containers', async () => {
    const db = getDb();
    await db.contacts.add(person(1, { tags: ['vip'], groupIds: [1] }));
    await db.contacts.bulkAdd(FAR.map((id, i) => person(id, { tags: i % 2 ? ['vip', 'cold'] : ['cold'], groupIds: [i % 3], status: STATUSES[i % STATUSES.length]! })));
    await expectFactsExact();
    // A put that changes status, tags, groups and the archived flag.
    await db.contacts.put(person(70_000, { status: 'Replied', tags: ['new'], groupIds: [7], archived: 1, stage: 'Won' }));
    await db.contacts.update(140_000, { tags: [], archived: 1 });
    await db.contacts.where('id').above(65_535).modify({ stage: 'Lost' });
    await expectFactsExact();
    await db.contacts.delete(1);
    await db.contacts.bulkDelete([65_535, 131_071, 999]);
    await expectFactsExact();
    // A range of primary keys: Dexie deletes it as a range.
    await db.contacts.bulkAdd([person(2), person(3), person(200_000)]);
    await db.contacts.where(':id').between(3, 140_000, true, true).delete();
    await expectFactsExact();
    expect((await db.contacts.toCollection().primaryKeys()).sort((a, b) => a - b)).toEqual([2, 200_000]);
  });

  it('follow new contacts without an id, whose id the store allocates', async () => {
    const db = getDb();
    await db.contacts.add(person(100_000));
    const fresh = (email: string) => {
      const { id: _none, ...row } = person(0, { email, tags: ['auto'] });
      return row as Contact;
    };
    expect(await db.contacts.add(fresh('fresh@x.com'))).toBe(100_001);
    await db.contacts.bulkPut([fresh('fresh2@x.com'), fresh('fresh3@x.com')]);
    await expectFactsExact();
    expect((await db.facts.get(['tag:auto', 1]))!.values).toEqual(new Uint16Array([100_001 - 65_536, 100_002 - 65_536, 100_003 - 65_536]));
  });

  it('empty with clear() and fill again after', async () => {
    const db = getDb();
    await db.contacts.bulkAdd(FAR.map((id) => person(id)));
    await db.contacts.clear();
    expect(await db.facts.count()).toBe(0);
    await db.contacts.add(person(70_000, { tags: ['again'] }));
    await expectFactsExact();
  });

  it('delete an emptied container row, and keep no row for a fact nobody has', async () => {
    const db = getDb();
    await db.contacts.bulkAdd([person(1, { tags: ['solo'] }), person(70_000, { tags: ['solo'] })]);
    expect(await db.facts.where('[fact+high]').between(['tag:solo', Dexie.minKey], ['tag:solo', Dexie.maxKey]).count()).toBe(2);
    await db.contacts.update(70_000, { tags: [] });
    expect(await db.facts.get(['tag:solo', 1])).toBeUndefined();
    await db.contacts.delete(1);
    expect(await db.facts.where('[fact+high]').between(['tag:solo', Dexie.minKey], ['tag:solo', Dexie.maxKey]).count()).toBe(0);
    await expectFactsExact();
  });

  it('ignore the rows a bulk add rejected and keep the ones it wrote', async () => {
    const db = getDb();
    await db.contacts.add(person(70_000));
    await db.transaction('rw', db.contacts, async () => {
      await db.contacts.bulkAdd([person(1, { tags: ['a'] }), person(70_000, { email: 'dup@x.com', tags: ['a'] }), person(140_000, { tags: ['a'] })]).catch((error) => expect(error).toBeInstanceOf(Dexie.BulkError));
    });
    expect(await db.contacts.count()).toBe(3);
    await expectFactsExact();
  });

  it('roll back with a transaction that fails after its writes: nothing half-written', async () => {
    const db = getDb();
    await db.contacts.bulkAdd([person(1, { tags: ['keep'] }), person(70_000)]);
    const before = await db.facts.toArray();
    await expect(
      db.transaction('rw', db.contacts, async () => {
        await db.contacts.bulkAdd([person(2, { tags: ['keep'] }), person(140_000, { tags: ['gone'] })]);
        await db.contacts.update(1, { tags: [], archived: 1 });
        await db.contacts.delete(70_000);
        throw new Error('fail after the writes');
      }),
    ).rejects.toThrow('fail after the writes');
    expect(await db.facts.toArray()).toEqual(before);
    await expectFactsExact();
  });

  it('keep an id written twice by one bulkPut once, with its last value', async () => {
    const db = getDb();
    await db.contacts.add(person(70_000, { tags: ['first'] }));
    await db.contacts.bulkPut([person(70_000, { tags: ['second'] }), person(70_000, { tags: ['third'], status: 'Replied' })]);
    await expectFactsExact();
    await db.contacts.bulkDelete([70_000, 70_000]);
    await expectFactsExact();
    expect(await db.facts.count()).toBe(0);
  });

  it('stay exact when many writes of one transaction run at once', async () => {
    const db = getDb();
    const ids = [...Array.from({ length: 20 }, (_, i) => i + 1), ...FAR];
    await db.contacts.bulkAdd(ids.map((id) => person(id)));
    await db.transaction('rw', db.contacts, () =>
      Promise.all(ids.map((id, i) => db.contacts.update(id, { stage: STAGES[(i + 1) % STAGES.length]!, tags: [`t${i % 3}`], archived: (i % 2) as 0 | 1 }))),
    );
    await expectFactsExact();
  });

  it('turn a container into a bitmap past 4,096 ids and back into an array below', async () => {
    const db = getDb();
    const ids = Array.from({ length: 4_100 }, (_, i) => 65_536 + i * 3);
    await db.contacts.bulkAdd(ids.map((id) => person(id, { tags: id % 2 ? ['odd'] : [] })));
    expect(isBitmap((await db.facts.get(['archived:0', 1]))!.values)).toBe(true);
    expect(isBitmap((await db.facts.get(['tag:odd', 1]))!.values)).toBe(false);
    await expectFactsExact();
    await db.contacts.bulkDelete(ids.slice(0, 5));
    expect(isBitmap((await db.facts.get(['archived:0', 1]))!.values)).toBe(false);
    await expectFactsExact();
  }, 60_000);

  it('read and write each container once per write, however many contacts it holds', async () => {
    // A spy below the counters middleware: what it asks of the facts store.
    const calls = { getMany: 0, mutate: 0, contacts: 0 };
    const spy: Middleware<DBCore> = {
      stack: 'dbcore',
      name: 'FactsSpy',
      level: 0,
      create: (down) => ({
        ...down,
        table(name) {
          const table = down.table(name);
          if (name === 'contacts') return { ...table, mutate: (req) => (calls.contacts++, table.mutate(req)) };
          if (name !== 'facts') return table;
          return { ...table, getMany: (req) => (calls.getMany++, table.getMany(req)), mutate: (req) => (calls.mutate++, table.mutate(req)) };
        },
      }),
    };
    getDb().close();
    const db = new FluenzrDatabase();
    db.use(spy);
    setDbForTests(db);
    const ids = Array.from({ length: 1_000 }, (_, i) => 1 + i * 131);
    await db.contacts.bulkAdd(ids.map((id) => person(id, { tags: ['imported'], groupIds: [1] })));
    expect(calls).toEqual({ getMany: 1, mutate: 1, contacts: 1 });
    calls.getMany = calls.mutate = calls.contacts = 0;
    await db.contacts.where('id').anyOf(ids).modify({ status: 'Replied' });
    expect(calls.getMany).toBe(calls.contacts);
    expect(calls.mutate).toBeLessThanOrEqual(2 * calls.contacts);
    calls.getMany = calls.mutate = calls.contacts = 0;
    await db.contacts.bulkDelete(ids);
    // One read of the touched containers, one delete of the emptied ones.
    expect(calls).toEqual({ getMany: 1, mutate: 1, contacts: 1 });
    expect(await db.facts.count()).toBe(0);
  });

  it('agree with a rebuild after any sequence of writes', async () => {
    const db = getDb();
    const idArb = fc.constantFrom(1, 2, 65_535, 65_536, 70_000, 140_000, 196_607);
    const op = fc.oneof(
      fc.record({ kind: fc.constant('put' as const), id: idArb, tags: fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }), groupIds: fc.uniqueArray(fc.integer({ min: 1, max: 3 }), { maxLength: 2 }) }),
      fc.record({ kind: fc.constant('status' as const), id: idArb, status: fc.constantFrom(...STATUSES) }),
      fc.record({ kind: fc.constant('archive' as const), id: idArb, archived: fc.constantFrom(0, 1) }),
      fc.record({ kind: fc.constant('modify' as const), above: idArb, stage: fc.constantFrom(...STAGES) }),
      fc.record({ kind: fc.constant('delete' as const), ids: fc.array(idArb, { maxLength: 3 }) }),
      fc.record({ kind: fc.constant('clear' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 20 }), async (ops) => {
        await db.contacts.clear();
        for (const o of ops) {
          if (o.kind === 'put') await db.contacts.put(person(o.id, { tags: o.tags, groupIds: o.groupIds }));
          else if (o.kind === 'status') await db.contacts.update(o.id, { status: o.status });
          else if (o.kind === 'archive') await db.contacts.update(o.id, { archived: o.archived });
          else if (o.kind === 'modify') await db.contacts.where(':id').above(o.above).modify({ stage: o.stage });
          else if (o.kind === 'delete') await db.contacts.bulkDelete(o.ids);
          else await db.contacts.clear();
        }
        await expectFactsExact();
      }),
      { numRuns: 40, seed: 8 },
    );
  });
});

describe('repairCounters', () => {
  it('heals a corrupted or missing fact row, and drops a ghost one', async () => {
    const db = getDb();
    await db.contacts.bulkAdd([person(1, { tags: ['vip'] }), person(70_000, { tags: ['vip'] }), person(140_000)]);
    await db.facts.put({ fact: 'tag:vip', high: 0, values: new Uint16Array([5, 9]) });
    await db.facts.delete(['archived:0', 2]);
    await db.facts.put({ fact: 'tag:ghost', high: 3, values: new Uint16Array([1]) });
    await repairCounters(db);
    await expectFactsExact();
  });
});
