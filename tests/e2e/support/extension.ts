import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXTENSION_PATH, launchWithExtension, refuseOutsideRequests } from './launch';

export { EXTENSION_PATH };

const FIXTURES = resolve('tests/fixtures');

interface Fixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Serve a committed fixture file at a real URL (LinkedIn, Gmail, any page). */
  servePage: (url: string, fixture: string) => Promise<void>;
  /** Open an extension page (popup, sidepanel, options) as a tab. */
  openExtensionPage: (name: 'popup' | 'sidepanel' | 'options', query?: Record<string, string | number>) => Promise<Page>;
  /** Chrome's tab id for a Playwright page, read in the service worker. */
  tabIdOf: (page: Page) => Promise<number>;
  /** Requests to anything but the served fixtures; every test ends asserting none. */
  outsideRequests: string[];
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  outsideRequests: async ({}, use) => {
    await use([]);
  },
  context: async ({ outsideRequests }, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'fluenzr-e2e-'));
    const context = await launchWithExtension(profile);
    // Anything not served by a test is refused and recorded: no test touches the web.
    await refuseOutsideRequests(context, outsideRequests);
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    expect(outsideRequests, 'requests left the browser').toEqual([]);
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  servePage: async ({ context }, use) => {
    await use(async (url, fixture) => {
      const body = readFileSync(join(FIXTURES, fixture));
      // Routes added later win over the catch-all refusal above.
      await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    });
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (name, query = {}) => {
      const page = await context.newPage();
      const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
      await page.goto(`chrome-extension://${extensionId}/${name}.html${search.size ? `?${search}` : ''}`);
      // The welcome tab opened on install comes to the front when it opens, and a background tab gets
      // no animation frames (drags, resize observers and Playwright's stability checks stall):
      // let it open first, then bring this page to the front.
      for (let waited = 0; waited < 3000 && !context.pages().some((p) => p.url().endsWith('/welcome.html')); waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await page.bringToFront();
      return page;
    });
  },
  tabIdOf: async ({ serviceWorker }, use) => {
    await use(async (page) => {
      // The content script reports its page, keyed by tab: wait for that report.
      const url = page.url();
      let id: number | undefined;
      await expect
        .poll(async () => {
          id = await serviceWorker.evaluate(async (target) => {
            // Only page reports (`page:<tabId>`): the list script's `list:` reports arrive first and say nothing of the profile.
            const stored = await chrome.storage.session.get(null);
            const pages = Object.entries(stored).flatMap(([key, value]) => (key.startsWith('page:') ? [value as { url: string; tabId: number }] : []));
            return pages.find((report) => report.url === target)?.tabId;
          }, url);
          return id;
        }, { message: `the content script of ${url} never reported` })
        .toBeDefined();
      return id!;
    });
  },
});

export { expect };

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  web_accessible_resources?: unknown[];
  content_scripts?: Array<{ matches: string[]; js?: string[] }>;
  content_security_policy?: unknown;
  commands?: Record<string, unknown>;
}

export function builtManifest(): Manifest {
  return JSON.parse(readFileSync(join(EXTENSION_PATH, 'manifest.json'), 'utf8'));
}
