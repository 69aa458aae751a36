import PouchDB from 'pouchdb-browser';
import indexeddbAdapter from 'pouchdb-adapter-indexeddb';
import type { SyncBody } from './merge';

export type SyncDoc = PouchDB.Core.Document<SyncBody> & PouchDB.Core.GetMeta & { _rev?: string; _deleted?: boolean };
export type LocalPouch = PouchDB.Database<SyncBody>;

/**
 * The local mirror of the team database (IndexedDB, beside Dexie's), on
 * PouchDB's `indexeddb` adapter: a document and its revision tree are one
 * record in one object store, where pouchdb-browser's default `idb` adapter
 * spreads them over several stores and requests (README "Team", speed). A new
 * name: the two adapters' databases are not compatible.
 */
export const LOCAL_POUCH = 'fluenzr-team-2';

PouchDB.plugin(indexeddbAdapter);

/**
 * PouchDB replication options, for rounds and live sync alike (README "Team",
 * speed). Big batches: each batch costs a changes request, a revs_diff, a
 * _bulk_get and two checkpoint writes whatever its size, so a first sync of
 * 100,000 documents in batches of 100 (PouchDB's default) spends most of its
 * time on round trips. Live sync sends a single edit at once all the same
 * (a batch leaves as soon as the changes feed pauses).
 */
export const REPLICATION = { batch_size: 2_000, batches_limit: 4 } as const;

let factory: (name: string) => LocalPouch = (name) => new PouchDB<SyncBody>(name, { adapter: 'indexeddb', auto_compaction: true });

export function openLocalPouch(name = LOCAL_POUCH): LocalPouch {
  return factory(name);
}

/** Tests: PouchDB's memory adapter, or another name per replica. */
export function setLocalPouchFactory(make: (name: string) => LocalPouch): void {
  factory = make;
}

export interface Credentials {
  username: string;
  password: string;
}

/**
 * The team database on the server, with the user's credentials (HTTP Basic
 * on every request). Every request it makes is checked against the team
 * server's origin: nothing else is ever reached, whatever a response says.
 */
export function openRemotePouch(url: string, credentials: Credentials): LocalPouch {
  const origin = new URL(url).origin;
  const guarded = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const target = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    if (target.origin !== origin) return Promise.reject(new Error(`refused_origin:${target.origin}`));
    return fetch(input, { ...init, credentials: 'omit' });
  };
  return new PouchDB<SyncBody>(url, { skip_setup: true, auth: credentials, fetch: guarded } as PouchDB.Configuration.RemoteDatabaseConfiguration);
}
