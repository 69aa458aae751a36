import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { countDelta, type Countable, type CounterRow } from './counters';
import { noteDueChange } from './due-key';

const CONTACTS = 'contacts';
export const COUNTERS = 'counters';

/*
 * Written with .then() and no async/await on purpose: Dexie's lower
 * middlewares read the current transaction from its zone (PSD), which
 * follows .then() callbacks but not the continuation of a native await.
 */

/** Add `delta` to the stored counters; rows that reach zero are removed (tags come and go). */
function applyDelta(counters: DBCoreTable, trans: DBCoreTransaction, delta: Map<string, number>): Promise<unknown> {
  if (!delta.size) return Promise.resolve();
  const keys = [...delta.keys()];
  return counters.getMany({ trans, keys }).then((rows: Array<CounterRow | undefined>) => {
    const put: CounterRow[] = [];
    const remove: string[] = [];
    keys.forEach((key, i) => {
      const n = (rows[i]?.n ?? 0) + delta.get(key)!;
      if (n > 0) put.push({ key, n });
      else remove.push(key);
    });
    const written = put.length ? counters.mutate({ type: 'put', trans, values: put, keys: put.map((row) => row.key) }) : Promise.resolve();
    return written.then(() => (remove.length ? counters.mutate({ type: 'delete', trans, keys: remove }) : undefined));
  });
}

type Before = Array<Countable | undefined> | 'all' | undefined;

/** The rows a mutation replaces or removes, read in its transaction before it runs. */
function rowsBefore(contacts: DBCoreTable, req: DBCoreMutateRequest): Promise<Before> {
  switch (req.type) {
    case 'add':
      return Promise.resolve(undefined);
    case 'put': {
      const keys: unknown[] = req.keys ?? req.values.map((value: { id?: number }) => value.id);
      const known = keys.filter((key) => key !== undefined);
      return contacts.getMany({ trans: req.trans, keys: known }).then((found) => {
        let next = 0;
        return keys.map((key) => (key === undefined ? undefined : found[next++]));
      });
    }
    case 'delete':
      return contacts.getMany({ trans: req.trans, keys: req.keys });
    case 'deleteRange':
      // clear(): every counter goes; a partial range reads what it removes.
      if (req.range.type === 3 /* DBCoreRangeType.Any */) return Promise.resolve('all');
      return contacts.query({ trans: req.trans, values: true, query: { index: contacts.schema.primaryKey, range: req.range } }).then((r) => r.result);
  }
}

/** Old and new row of each operation that succeeded. */
function changesOf(req: DBCoreMutateRequest, before: Array<Countable | undefined> | undefined, result: DBCoreMutateResponse) {
  const changes: Array<[Countable | undefined, Countable | undefined]> = [];
  if (req.type === 'add' || req.type === 'put') {
    req.values.forEach((value, i) => {
      if (!(i in result.failures)) changes.push([before?.[i], value]);
    });
  } else if (before) {
    // A delete removes what was there; a key that held nothing contributes nothing.
    for (const row of before) changes.push([row, undefined]);
  }
  return changes;
}

/** Run one contacts mutation, then the counter change it implies, in the same transaction. */
function mutateCounted(contacts: DBCoreTable, counters: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  return rowsBefore(contacts, req).then((before) =>
    contacts.mutate(req).then((result) => {
      if (before === 'all') {
        noteDueChange();
        return counters.mutate({ type: 'deleteRange', trans: req.trans, range: (req as { range: DBCoreKeyRange }).range }).then(() => result);
      }
      const changes = changesOf(req, before, result);
      if (changes.some(([was, now]) => was?.nextDueAt !== now?.nextDueAt)) noteDueChange();
      const counted = applyDelta(counters, req.trans, countDelta(changes));
      return counted.then(() => result);
    }),
  );
}

/**
 * Upgrades are not counted: an older version has no counters store, and the
 * upgrade's core may predate it. An upgrade that changes contacts recounts
 * at its end (lib/db/migrations.ts).
 */
function isUpgrade(trans: DBCoreTransaction): boolean {
  return (trans as unknown as IDBTransaction).mode === 'versionchange';
}

/**
 * Keeps lib/db/counters.ts' counts. Read-write transactions on contacts also
 * take the counters store, and the mutations of one transaction run one after
 * another so two of them never read the same counter before either writes it.
 * Level 1: below Dexie's hooks (which would refuse a table the caller did not
 * name) and above its cache and observability (so live queries see counters change).
 */
export const countersMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'FluenzrCounters',
  level: 1,
  create(down) {
    const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();
    return {
      transaction(stores, mode, options) {
        const widened = mode === 'readwrite' && stores.includes(CONTACTS) && !stores.includes(COUNTERS) ? [...stores, COUNTERS] : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== CONTACTS) return table;
        return {
          ...table,
          mutate(req) {
            if (isUpgrade(req.trans)) return table.mutate(req);
            const previous = queues.get(req.trans) ?? Promise.resolve();
            const run = previous.then(() => mutateCounted(table, down.table(COUNTERS), req));
            queues.set(req.trans, run.catch(() => undefined));
            return run;
          },
        };
      },
    };
  },
};
