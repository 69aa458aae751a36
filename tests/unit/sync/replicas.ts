import PouchDB from 'pouchdb-browser';
import { afterAll, beforeAll } from 'vitest';
import memoryAdapter from 'pouchdb-adapter-memory';
import { FluenzrDatabase, setDbForTests } from '../../../lib/db/database';
import { enableOutbox } from '../../../lib/sync/enable';
import type { Replica } from '../../../lib/sync/mirror';
import { openRemotePouch, type LocalPouch } from '../../../lib/sync/pouch';
import { syncRound, type RoundReport } from '../../../lib/sync/round';
import type { SyncBody } from '../../../lib/sync/merge';
import { TestCouch } from '../../support/pouchdb-server';

/**
 * One machine of the team in a unit test: its own Dexie database and local
 * PouchDB (both on fake-indexeddb). `as(fn)` runs the app's code on it: the
 * app reads its database from getDb(), swapped in for the call.
 */
// fake-indexeddb cannot carry PouchDB's idb adapter: its memory adapter stands in for the local mirror.
PouchDB.plugin(memoryAdapter);

export class TestReplica {
  readonly db: FluenzrDatabase;
  readonly local: LocalPouch;
  readonly replica: Replica;

  constructor(
    readonly name: string,
    readonly user: string,
    private readonly password: string,
    private readonly url: string,
  ) {
    this.db = new FluenzrDatabase(`fluenzr-${name}-${Math.random()}`);
    this.local = new PouchDB<SyncBody>(`pouch-${name}-${Math.random()}`, { adapter: 'memory' });
    this.replica = { id: `replica-${name}`, user };
  }

  async as<T>(fn: () => Promise<T>): Promise<T> {
    setDbForTests(this.db);
    try {
      return await fn();
    } finally {
      setDbForTests(undefined);
    }
  }

  async enable(): Promise<void> {
    await this.as(() => enableOutbox(this.db));
  }

  remote(password = this.password, url = this.url): LocalPouch {
    return openRemotePouch(url, { username: this.user, password });
  }

  sync(): Promise<RoundReport> {
    return this.as(() => syncRound(this.db, this.local, this.remote(), this.replica));
  }

  async dispose(): Promise<void> {
    this.db.close();
    await this.local.destroy();
  }
}

/** pouchdb-server for a test file: started with its admin, team database and users before the tests, removed after. */
export function teamServer(): TestCouch {
  const couch = new TestCouch();
  beforeAll(async () => {
    await couch.start();
    await couch.setUp();
  }, 30_000);
  afterAll(async () => {
    await couch.dispose();
  });
  return couch;
}
