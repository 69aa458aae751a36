import PouchDB from 'pouchdb-browser';
import type { SyncBody } from './merge';

export type SyncDoc = PouchDB.Core.Document<SyncBody> & PouchDB.Core.GetMeta & { _rev?: string; _deleted?: boolean };
export type LocalPouch = PouchDB.Database<SyncBody>;

/** The local mirror of the team database (IndexedDB, beside Dexie's). */
export const LOCAL_POUCH = 'fluenzr-team';

let factory: (name: string) => LocalPouch = (name) => new PouchDB<SyncBody>(name, { auto_compaction: true });

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
