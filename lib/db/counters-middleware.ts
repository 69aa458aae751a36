import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { countDelta, type Countable, type CounterRow } from './counters';
import { noteDueChange } from './due-key';
import { applyEdit, factEdits, FACTS, type Change, type FactEdit, type FactKey, type FactRow } from './facts';

const CONTACTS = 'contacts';
export const COUNTERS = 'counters';

/*
 * Written with .then() and no async/await on purpose: Dexie's lower
 * middlewares read the current transaction from its zone (PSD), which
 * follows .then() callbacks but not the continuation of a native await.
 */

/** A write the middleware asked for that failed rejects: the transaction must not commit without it. */
function written(response: DBCoreMutateResponse): void {
  if (response.numFailures) throw Object.values(response.failures)[0];
}

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
    const put$ = put.length ? counters.mutate({ type: 'put', trans, values: put, keys: put.map((row) => row.key) }).then(written) : Promise.resolve();
    return put$.then(() => (remove.length ? counters.mutate({ type: 'delete', trans, keys: remove }).then(written) : undefined));
  });
}

/** Apply the edits to the stored bitmaps: each container touched is read once and written (or deleted, when empty) once. */
function applyFacts(facts: DBCoreTable, trans: DBCoreTransaction, edits: FactEdit[]): Promise<unknown> {
  if (!edits.length) return Promise.resolve();
  const keys = edits.map((edit): FactKey => [edit.fact, edit.high]);
  return facts.getMany({ trans, keys }).then((rows: Array<FactRow | undefined>) => {
    const put: FactRow[] = [];
    const remove: FactKey[] = [];
    edits.forEach((edit, i) => {
      const row = applyEdit(rows[i], edit);
      if (row) put.push(row);
      else if (rows[i]) remove.push(keys[i]!);
    });
    const put$ = put.length ? facts.mutate({ type: 'put', trans, values: put, keys: put.map((row) => [row.fact, row.high]) }).then(written) : Promise.resolve();
    return put$.then(() => (remove.length ? facts.mutate({ type: 'delete', trans, keys: remove }).then(written) : undefined));
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

/** Old and new row of each operation that succeeded, with its id (allocated by the store for a new row without one). */
function changesOf(req: DBCoreMutateRequest, before: Array<Countable | undefined> | undefined, result: DBCoreMutateResponse): Change[] {
  const changes: Change[] = [];
  if (req.type === 'add' || req.type === 'put') {
    req.values.forEach((value: Countable & { id?: unknown }, i) => {
      if (!(i in result.failures)) changes.push({ id: result.results?.[i] ?? req.keys?.[i] ?? value.id, before: before?.[i], after: value });
    });
  } else if (before) {
    // A delete removes what was there; a key that held nothing contributes nothing.
    before.forEach((row, i) => {
      if (row) changes.push({ id: req.type === 'delete' ? req.keys[i] : (row as { id?: unknown }).id, before: row, after: undefined });
    });
  }
  return net(changes);
}

/**
 * One change per id: a bulk write naming an id twice read the same row before
 * both, and only its last value stays, so it replaces that row once.
 */
function net(changes: Change[]): Change[] {
  const byId = new Map<unknown, Change>();
  const anonymous: Change[] = [];
  for (const change of changes) {
    if (change.id === undefined) {
      anonymous.push(change);
      continue;
    }
    const had = byId.get(change.id);
    byId.set(change.id, had ? { ...change, before: had.before } : change);
  }
  return [...byId.values(), ...anonymous];
}

/** Run one contacts mutation, then the counter and bitmap changes it implies, in the same transaction. */
function mutateCounted(contacts: DBCoreTable, counters: DBCoreTable, facts: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  const trans = req.trans;
  return rowsBefore(contacts, req).then((before) =>
    contacts.mutate(req).then((result) => {
      if (before === 'all') {
        noteDueChange();
        const range = (req as { range: DBCoreKeyRange }).range;
        return counters
          .mutate({ type: 'deleteRange', trans, range })
          .then(() => facts.mutate({ type: 'deleteRange', trans, range }))
          .then(() => result);
      }
      const changes = changesOf(req, before, result);
      if (changes.some(({ before: was, after: now }) => was?.nextDueAt !== now?.nextDueAt)) noteDueChange();
      return applyDelta(counters, trans, countDelta(changes.map(({ before: was, after: now }) => [was, now])))
        .then(() => applyFacts(facts, trans, factEdits(changes)))
        .then(() => result);
    }),
  );
}

/**
 * Upgrades are not counted: an older version has no counters or facts store,
 * and the upgrade's core may predate them. An upgrade that changes contacts
 * recounts at its end (lib/db/migrations.ts).
 */
function isUpgrade(trans: DBCoreTransaction): boolean {
  return (trans as unknown as IDBTransaction).mode === 'versionchange';
}

/**
 * Keeps lib/db/counters.ts' counts and lib/db/facts.ts' bitmaps. Read-write
 * transactions on contacts also take the counters and facts stores, and the
 * mutations of one transaction run one after another so two of them never
 * read the same counter or container before either writes it.
 * Level 1: below Dexie's hooks (which would refuse a table the caller did not
 * name) and above its cache and observability (so live queries see counters
 * and bitmaps change).
 */
export const countersMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'FluenzrCounters',
  level: 1,
  create(down) {
    const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();
    return {
      transaction(stores, mode, options) {
        const missing = [COUNTERS, FACTS].filter((store) => !stores.includes(store));
        const widened = mode === 'readwrite' && stores.includes(CONTACTS) && missing.length ? [...stores, ...missing] : stores;
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
            const run = previous.then(() => mutateCounted(table, down.table(COUNTERS), down.table(FACTS), req));
            queues.set(req.trans, run.catch(() => undefined));
            return run;
          },
        };
      },
    };
  },
};
