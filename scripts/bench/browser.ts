import type { BrowserContext } from '@playwright/test';
import { launchWithExtension, refuseOutsideRequests } from '../../tests/e2e/support/launch';
import { pageScript } from '../../tests/hardening/page-service';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export { EXTENSION_PATH } from '../../tests/e2e/support/launch';

export interface LaunchedBrowser {
  context: BrowserContext;
  profile: string;
  /** Fixture pages served at real URLs; everything else is refused and recorded here. */
  outsideRequests: string[];
  serve(url: string, fixture: string): Promise<void>;
}

/** Real Chromium with the built extension, a fresh profile (or `keptProfile`, reused as it is), and no network. */
export async function launchBrowser(keptProfile?: string): Promise<LaunchedBrowser> {
  const profile = keptProfile ? resolve(keptProfile) : mkdtempSync(join(tmpdir(), 'fluenzr-bench-'));
  if (keptProfile) mkdirSync(profile, { recursive: true });
  const context = await launchWithExtension(profile);
  const outsideRequests: string[] = [];
  await refuseOutsideRequests(context, outsideRequests);
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
export function benchPageScript(): Promise<string> {
  return pageScript('scripts/bench/page/bench-page.ts');
}
