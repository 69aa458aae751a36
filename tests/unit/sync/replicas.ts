import PouchDB from 'pouchdb-browser';
import { afterAll, beforeAll } from 'vitest';
import { TestCouch } from '../../support/pouchdb-server';
import memoryAdapter from 'pouchdb-adapter-memory';
import { FluenzrDatabase, setDbForTests } from '../../../lib/db/database';
import { enableOutbox } from '../../../lib/sync/enable';
import type { Replica } from '../../../lib/sync/mirror';
import { openRemotePouch, type LocalPouch } from '../../../lib/sync/pouch';
import { syncRound, type RoundReport } from '../../../lib/sync/round';
import type { SyncBody } from '../../../lib/sync/merge';

/**
 * One machine of the team in a unit test: its own Dexie database and local
 * PouchDB (both on fake-indexeddb). `as(fn)` runs the app's code on it: the
 * app reads its database from getDb(), swapped in for the call.
 */
// fake-indexeddb cannot carry PouchDB's idb adapter: its memory adapter stands in for the local mirror.
PouchDB.plugin(memoryAdapter);

export class TestReplica {
  readonly db: FluenzrDatabase;
  local: LocalPouch;
  readonly replica: Replica;
  /** The local mirror's name: `openLocal()` opens it again (after a switch of teams destroyed it). */
  readonly pouchName: string;

  constructor(
    readonly name: string,
    readonly user: string,
    private readonly password: string,
    public url: string,
  ) {
    this.db = new FluenzrDatabase(`fluenzr-${name}-${Math.random()}`);
    this.pouchName = `pouch-${name}-${Math.random()}`;
    this.local = this.openLocal();
    this.replica = { id: `replica-${name}`, user };
  }

  openLocal(): LocalPouch {
    this.local = new PouchDB<SyncBody>(this.pouchName, { adapter: 'memory' });
    return this.local;
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

/** pouchdb-server for the tests of one file: started (admin, users, team database) before them, removed after. */
export function serverForThisFile(): TestCouch {
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
