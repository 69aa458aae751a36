import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { refOf, SYNCED_BY_TABLE } from './registry';

/** A change of one synced row, to be mirrored to the local PouchDB (mirror.ts). */
export interface OutboxRow {
  seq: number;
  ref: string;
  /** A delete: when the user made it (the tombstone says so, deletes.ts). */
  at?: number;
}

/** A document id and the row it stands for (`ref`, registry.ts). */
export interface SyncIdRow {
  docId: string;
  ref: string;
  /** The colleague who created the document, when it came from another machine ("already in the team's base, captured by …"). */
  by?: string;
}

export const OUTBOX = 'outbox';
const KV = 'kv';
/** kv key: present while team sync is on (the outbox grows only then). */
export const SYNC_ON_KEY = 'sync.on';

/*
 * Written with .then() and no async/await, as counters-middleware.ts (Dexie's
 * zone follows .then() callbacks, not native awaits).
 */

/** Transactions that apply pulled changes: their writes are not sent back (no echo). */
const pulled = new WeakSet<object>();

/** Mark the IndexedDB transaction of a write that applies pulled documents. */
export function markPulled(idbTransaction: object): void {
  pulled.add(idbTransaction);
}

function isUpgrade(trans: DBCoreTransaction): boolean {
  return (trans as unknown as IDBTransaction).mode === 'versionchange';
}

/** Keys a mutation touches: given, in the values, allocated by the database, or those of a deleted range. */
function keysOf(table: DBCoreTable, req: DBCoreMutateRequest, result: DBCoreMutateResponse): Promise<unknown[]> {
  if (req.type === 'delete') return Promise.resolve(req.keys);
  if (req.type === 'deleteRange') return Promise.resolve([]);
  const keys = req.values.map((_, i) => req.keys?.[i] ?? result.results?.[i]);
  return Promise.resolve(keys.filter((key, i) => key !== undefined && !(i in result.failures)));
}

function mutateRecorded(table: DBCoreTable, down: DBCore, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  const trans = req.trans;
  return down
    .table(KV)
    .get({ trans, key: SYNC_ON_KEY })
    .then((on: unknown) => {
      if (!on) return table.mutate(req);
      // A deleted range is read first: its keys are gone afterwards.
      const before =
        req.type === 'deleteRange'
          ? table.query({ trans, values: false, query: { index: table.schema.primaryKey, range: req.range } }).then((r) => r.result)
          : Promise.resolve([] as unknown[]);
      return before.then((rangeKeys) =>
        table.mutate(req).then((result) =>
          keysOf(table, req, result).then((keys) => {
            const all = [...rangeKeys, ...keys];
            if (!all.length) return result;
            const at = req.type === 'delete' || req.type === 'deleteRange' ? { at: Date.now() } : {};
            const values = all.map((key) => ({ ref: refOf(table.name, key), ...at }));
            return down
              .table(OUTBOX)
              .mutate({ type: 'add', trans, values })
              .then(() => result);
          }),
        ),
      );
    });
}

/**
 * The transactional outbox: every read-write transaction on a synced table
 * also takes the outbox (and kv, to know whether sync is on), and each
 * change of a synced row adds its reference there, in the same transaction,
 * whichever module wrote it. Level 1, beside the counters middleware.
 */
export const outboxMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'FluenzrOutbox',
  level: 1,
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened =
          mode === 'readwrite' && stores.some((s) => SYNCED_BY_TABLE.has(s)) ? [...new Set([...stores, OUTBOX, KV])] : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!SYNCED_BY_TABLE.has(name)) return table;
        return {
          ...table,
          mutate(req) {
            if (isUpgrade(req.trans) || pulled.has(req.trans)) return table.mutate(req);
            return mutateRecorded(table, down, req);
          },
        };
      },
    };
  },
};
