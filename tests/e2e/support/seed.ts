import type { Page } from '@playwright/test';

export interface SeedContact {
  email: string;
  firstName?: string;
  company?: string;
  tags?: string[];
  groupIds?: number[];
  status?: string;
  stage?: string;
  customFields?: Record<string, string | number | boolean | null>;
}

/**
 * Write contacts and groups straight into the extension's IndexedDB from one
 * of its pages (a test fixture, not a user path: the UI under test only reads them).
 */
export async function seedDatabase(page: Page, data: { contacts: SeedContact[]; groups?: Array<{ id: number; name: string }> }) {
  await page.evaluate(async ({ contacts, groups }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('fluenzr');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['contacts', 'groups'], 'readwrite');
    const now = Date.now();
    for (const group of groups ?? []) tx.objectStore('groups').put({ ...group, color: '#6366f1', createdAt: now });
    for (const c of contacts) {
      tx.objectStore('contacts').put({
        customFields: {},
        tags: [],
        groupIds: [],
        stage: 'Lead',
        status: 'Active',
        ...c,
        archived: 0,
        source: { method: 'manual', where: 'manual', at: now },
        consent: { basis: 'legitimate_interest', at: now },
        editedFields: [],
        searchWords: [],
        createdAt: now,
        updatedAt: now,
        lastActivityAt: now,
      });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, data);
}
