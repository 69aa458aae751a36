import { chromium, type BrowserContext } from '@playwright/test';
import { build } from 'esbuild';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_PATH = resolve('.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchedBrowser {
  context: BrowserContext;
  profile: string;
  /** Fixture pages served at real URLs; everything else is refused and recorded here. */
  outsideRequests: string[];
  serve(url: string, fixture: string): Promise<void>;
}

/** Real Chromium with the built extension, a fresh profile, and no network. */
export async function launchBrowser(): Promise<LaunchedBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'fluenzr-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
  const outsideRequests: string[] = [];
  await context.route(/^(https?|wss?):/, (route) => {
    outsideRequests.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  return {
    context,
    profile,
    outsideRequests,
    async serve(url, fixture) {
      const body = readFileSync(resolve('tests/fixtures', fixture));
      await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    },
  };
}

/** The in-page bench helpers (scripts/bench/page) as one script to evaluate. */
export async function benchPageScript(): Promise<string> {
  const result = await build({
    entryPoints: ['scripts/bench/page/bench-page.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    define: { 'import.meta.env.BROWSER': '"chrome"' },
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}
