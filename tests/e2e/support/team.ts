import { expect, type BrowserContext, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestCouch } from '../../support/pouchdb-server';
import { EXTENSION_PATH, launchWithExtension, refuseOutsideRequests } from './launch';

/**
 * Team sync in real Chromium. Chrome's permission prompt cannot be clicked
 * by Playwright, so these profiles load a copy of the build whose manifest
 * already grants the loopback origin (host_permissions): the page's
 * permissions.request() then resolves true at once, as after the user's
 * "Allow". Everything else is the shipped build. Returns the copy's folder.
 */
export function grantedLoopbackBuild(): string {
  const extension = mkdtempSync(join(tmpdir(), 'fluenzr-ext-granted-'));
  cpSync(EXTENSION_PATH, extension, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(join(extension, 'manifest.json'), JSON.stringify(manifest));
  return extension;
}

export interface Machine {
  context: BrowserContext;
  /** The manager at Settings. */
  options: Page;
  outside: string[];
  profile: string;
}

/** One profile of the team: every request refused and recorded, except to the team server. */
export async function teamMachine(extension: string, couch: TestCouch): Promise<Machine> {
  const profile = mkdtempSync(join(tmpdir(), 'fluenzr-team-'));
  const context = await launchWithExtension(profile, extension);
  const outside: string[] = [];
  await refuseOutsideRequests(context, outside);
  await context.route(`${couch.origin}/**`, (route) => route.continue());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const options = await context.newPage();
  await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html#/settings`);
  await options.bringToFront();
  return { context, options, outside, profile };
}

export async function fillTeam(page: Page, url: string, user: string, password: string): Promise<void> {
  await page.getByLabel('Team database URL').fill(url);
  await page.getByLabel('User name').fill(user);
  await page.getByLabel('Password').fill(password);
}

/** Settings → Team → Turn on, as the user does it; resolves once live sync runs in the page. */
export async function turnTeamSyncOn(m: Machine, url: string, user: string, password: string): Promise<void> {
  await fillTeam(m.options, url, user, password);
  await m.options.getByRole('button', { name: 'Turn on team sync' }).click();
  await expect(m.options.getByTestId('team-state')).toHaveText(`Team sync is on with ${url} as ${user}.`, { timeout: 30_000 });
  await expect(m.options.getByTestId('team-live')).toBeVisible();
}
