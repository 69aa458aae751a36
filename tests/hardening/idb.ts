/**
 * Raw IndexedDB access to the extension's database from a test, in any
 * extension context (service worker or extension page): reads what is
 * really stored, and writes rows the app would never write (corruption).
 */
import type { Page, Worker } from '@playwright/test';

type Target = Pick<Page, 'evaluate'> | Pick<Worker, 'evaluate'>;

interface Call {
  store: string;
  op: 'getAll' | 'put';
  value?: unknown;
}

async function inExtension({ store, op, value }: Call): Promise<unknown> {
  // Opening a database that does not exist would create an empty one: never do that.
  if (!(await indexedDB.databases()).some((info) => info.name === 'fluenzr')) {
    if (op === 'getAll') return [];
    throw new Error('the extension has not created its database yet');
  }
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('fluenzr');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    if (!db.objectStoreNames.contains(store)) throw new Error(`no store ${store}: the extension has not created its database yet`);
    const tx = db.transaction(store, op === 'put' ? 'readwrite' : 'readonly');
    const request = op === 'put' ? tx.objectStore(store).put(value) : tx.objectStore(store).getAll();
    const result = await new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    return result;
  } finally {
    db.close();
  }
}

export function readStore<T = Record<string, unknown>>(target: Target, store: string): Promise<T[]> {
  return (target as Pick<Page, 'evaluate'>).evaluate(inExtension, { store, op: 'getAll' } as Call) as Promise<T[]>;
}

export function putRow(target: Target, store: string, value: unknown): Promise<unknown> {
  return (target as Pick<Page, 'evaluate'>).evaluate(inExtension, { store, op: 'put', value } as Call);
}
