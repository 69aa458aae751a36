import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension } from '../../tests/e2e/support/launch';
import { pageScript } from '../../tests/hardening/page-service';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export { EXTENSION_PATH } from '../../tests/e2e/support/launch';

export interface LaunchedBrowser {
  context: BrowserContext;
  profile: string;
  /** Fixture pages served at real URLs; every other web request is recorded here (and cannot resolve). */
  outsideRequests: string[];
  /** Serve `fixture` at `url` in this page only. */
  serve(page: Page, url: string, fixture: string): Promise<void>;
}

/**
 * No host resolves but loopback, so nothing can reach the web. Not Playwright's
 * request routing on the whole context: with a route installed, every request
 * of every page, the extension's own module files included, makes a round
 * trip to this process, which added 50 to 100 ms to each page open measured
 * (the side panel's board: 268 ms without a route, 323 to 353 ms with one).
 */
const NO_NETWORK = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

/** Real Chromium with the built extension, a fresh profile (or `keptProfile`, reused as it is), and no network. */
export async function launchBrowser(keptProfile?: string): Promise<LaunchedBrowser> {
  const profile = keptProfile ? resolve(keptProfile) : mkdtempSync(join(tmpdir(), 'fluenzr-bench-'));
  if (keptProfile) mkdirSync(profile, { recursive: true });
  const context = await launchWithExtension(profile, undefined, [NO_NETWORK]);
  const outsideRequests: string[] = [];
  const served = new Set<string>();
  context.on('request', (request) => {
    const url = request.url();
    if (/^(https?|wss?):/.test(url) && !served.has(url)) outsideRequests.push(url);
  });
  return {
    context,
    profile,
    outsideRequests,
    async serve(page, url, fixture) {
      const body = readFileSync(resolve('tests/fixtures', fixture));
      served.add(url);
      await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    },
  };
}

/** The in-page bench helpers (scripts/bench/page) as one script to evaluate. */
export function benchPageScript(): Promise<string> {
  return pageScript('scripts/bench/page/bench-page.ts');
}
