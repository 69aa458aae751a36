import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Worker } from '@playwright/test';

export const GMAIL = 'https://mail.google.com/mail/u/0/';

/**
 * Gmail is a single-page app: it moves the hash, then renders the thread in
 * place (the body element stays, as the content script observes it).
 */
export async function openThreadInPlace(page: Page, fixture: string, hash: string): Promise<void> {
  const html = readFileSync(resolve('tests/fixtures', fixture), 'utf8');
  await page.evaluate(
    ({ html, hash }) => {
      location.hash = hash;
      const next = new DOMParser().parseFromString(html, 'text/html');
      document.title = next.title;
      document.body.replaceChildren(...[...next.body.childNodes].map((node) => document.adoptNode(node)));
    },
    { html, hash },
  );
}

/** A stored contact, read straight from IndexedDB in an extension page. */
export function readContact(page: Page, email: string): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(
    (email) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('fluenzr');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('contacts').objectStore('contacts').index('email').get(email);
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    email,
  );
}

/**
 * Chrome's id of the tab opened last. Ordinary pages have no content script
 * to report their tab, and without the "tabs" permission the worker cannot
 * see tab URLs: call this right after opening the page.
 */
export function lastOpenedTabId(serviceWorker: Worker): Promise<number> {
  return serviceWorker.evaluate(async () => {
    const tabs = (await chrome.tabs.query({})) as Array<{ id: number }>;
    return Math.max(...tabs.map((tab) => tab.id));
  });
}
