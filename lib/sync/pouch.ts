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

/** The team database on the server, with the user's credentials (HTTP Basic on every request). */
export function openRemotePouch(url: string, credentials: Credentials): LocalPouch {
  return new PouchDB<SyncBody>(url, { skip_setup: true, auth: credentials } as PouchDB.Configuration.RemoteDatabaseConfiguration);
}
