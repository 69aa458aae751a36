import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach } from 'vitest';
import { DB_NAME, FluenzrDatabase, getDb, setDbForTests } from '../../lib/db/database';
import { removeAllListeners } from '../../lib/messaging/protocol';
import { installRuntime, TEST_EXTENSION_ID, TEST_ORIGIN } from './helpers/runtime';

beforeEach(async () => {
  // A brand-new database for every test: no test sees another's contacts.
  await Dexie.delete(DB_NAME);
  setDbForTests(new FluenzrDatabase());
  fakeBrowser.reset();
  (fakeBrowser.runtime as { id: string }).id = TEST_EXTENSION_ID;
  fakeBrowser.runtime.getURL = ((path: string) => `${TEST_ORIGIN}${path.replace(/^\//, '')}`) as typeof fakeBrowser.runtime.getURL;
  installRuntime();
});

afterEach(() => {
  removeAllListeners();
  getDb().close();
  setDbForTests(undefined);
});
