import { chromium, type BrowserContext } from '@playwright/test';
import { resolve } from 'node:path';

export const EXTENSION_PATH = resolve('.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Real Chromium (Debian's) with the built extension on `profile`; no background traffic. Tests and the bench share it. */
export function launchWithExtension(profile: string, extension = EXTENSION_PATH, extraArgs: string[] = []): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      ...extraArgs,
    ],
  });
}

/** Refuse every request a test did not serve, and record it: nothing may leave the browser. */
export async function refuseOutsideRequests(context: BrowserContext, outsideRequests: string[]): Promise<void> {
  await context.route(/^(https?|wss?):/, (route) => {
    outsideRequests.push(route.request().url());
    return route.abort('blockedbyclient');
  });
}
