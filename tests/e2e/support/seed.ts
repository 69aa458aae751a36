import type { Page } from '@playwright/test';

/**
 * Write contact rows straight into the extension's IndexedDB from one of its
 * pages (fast seeding for plan-limit and retention tests). The page must have
 * opened the database already (e.g. the plan usage is shown).
 */
export async function seedContacts(page: Page, rows: Array<Record<string, unknown>>): Promise<void> {
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('fluenzr');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('contacts', 'readwrite');
      for (const record of records) tx.objectStore('contacts').add(record);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
}

/** Every row of one table, read from an extension page. */
export async function readTable<T = Record<string, unknown>>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('fluenzr');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(name, 'readonly').objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows;
  }, table) as Promise<T[]>;
}

/** A stored contact row as the repository writes it. */
export function contactRow(email: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const at = Date.now();
  return {
    email,
    firstName: email.split('@')[0],
    customFields: {},
    tags: [],
    groupIds: [],
    stage: 'Lead',
    status: 'Active',
    archived: 0,
    source: { method: 'manual', where: 'manual', at },
    consent: { basis: 'legitimate_interest', at },
    editedFields: [],
    searchWords: [email],
    createdAt: at,
    updatedAt: at,
    lastActivityAt: at,
    ...overrides,
  };
}
