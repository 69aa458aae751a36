import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sendFromExtensionPage } from '../hardening/content-world';
import { TestCouch, USERS } from '../support/pouchdb-server';
import { EXTENSION_PATH, launchWithExtension, refuseOutsideRequests } from './support/launch';
import { readTable } from './support/seed';

/*
 * Two browser profiles with the built extension, syncing through
 * pouchdb-server on 127.0.0.1. Chrome's permission prompt cannot be clicked
 * by Playwright, so these profiles load a copy of the build whose manifest
 * already grants the loopback origin (host_permissions): the page's
 * permissions.request() then resolves true at once, as after the user's
 * "Allow". Everything else is the shipped build.
 */
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const couch = new TestCouch();
let extension = '';
const dirs: string[] = [];

test.beforeAll(async () => {
  await couch.start();
  await couch.setUp();
  extension = mkdtempSync(join(tmpdir(), 'fluenzr-ext-granted-'));
  cpSync(EXTENSION_PATH, extension, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(join(extension, 'manifest.json'), JSON.stringify(manifest));
  dirs.push(extension);
});

test.afterAll(async () => {
  await couch.dispose();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

interface Machine {
  context: BrowserContext;
  options: Page;
  outside: string[];
}

async function machine(): Promise<Machine> {
  const profile = mkdtempSync(join(tmpdir(), 'fluenzr-e2e-team-'));
  dirs.push(profile);
  const context = await launchWithExtension(profile, extension);
  const outside: string[] = [];
  await refuseOutsideRequests(context, outside);
  // The team server is the one address let through.
  await context.route(`${couch.origin}/**`, (route) => route.continue());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html#/settings`);
  await options.bringToFront();
  return { context, options, outside };
}

async function fillTeam(page: Page, password: string, url = couch.dbUrl, user = 'alice') {
  await page.getByLabel('Team database URL').fill(url);
  await page.getByLabel('User name').fill(user);
  await page.getByLabel('Password').fill(password);
}

async function turnOn(m: Machine, user: 'alice' | 'bob') {
  await fillTeam(m.options, USERS[user], couch.dbUrl, user);
  await m.options.getByRole('button', { name: 'Turn on team sync' }).click();
  await expect(m.options.getByTestId('team-state')).toHaveText(`Team sync is on with ${couch.dbUrl} as ${user}.`);
  await expect(m.options.getByTestId('team-live')).toBeVisible();
}

const source = { method: 'manual', where: 'manual', at: 1_760_000_000_000 };
type Row = { id: number; email: string; title?: string };

async function contactOn(m: Machine, email: string): Promise<Row | undefined> {
  return (await readTable<Row>(m.options, 'contacts')).find((c) => c.email === email);
}

test('Test connection says what is wrong: bad credentials, a wrong URL, nothing listening', async () => {
  const m = await machine();
  await fillTeam(m.options, 'not-the-password');
  await m.options.getByRole('button', { name: 'Test connection' }).click();
  await expect(m.options.getByTestId('team-result')).toHaveText('The server refused this user name and password.');
  await fillTeam(m.options, USERS.alice, `${couch.origin}/no-such-team`);
  await m.options.getByRole('button', { name: 'Test connection' }).click();
  await expect(m.options.getByTestId('team-result')).toHaveText('The server has no database named "no-such-team". Ask your administrator to create it.');
  await fillTeam(m.options, USERS.alice, 'http://127.0.0.1:9/team');
  await m.options.getByRole('button', { name: 'Test connection' }).click();
  await expect(m.options.getByTestId('team-result')).toHaveText('No server answers at this address: check the URL, or the server is down or unreachable from here.');
  await fillTeam(m.options, USERS.alice, 'http://couch.example.com/team');
  await m.options.getByRole('button', { name: 'Test connection' }).click();
  await expect(m.options.getByTestId('team-result')).toHaveText('The address must start with https:// (plain http:// is accepted only for a server on this computer).');
  await fillTeam(m.options, USERS.alice);
  await m.options.getByRole('button', { name: 'Test connection' }).click();
  await expect(m.options.getByTestId('team-result')).toHaveText(/^Connected as alice: the team database holds \d+ documents\.$/);
  await expect(m.options.getByTestId('team-state')).toHaveText('Team sync is off.');
  await m.context.close();
  // Only what the user typed was tried: the wrong port (refused by the test's router), and the team server.
  expect(m.outside, 'requests left the browser').toEqual(['http://127.0.0.1:9/']);
});

test('two profiles: create, edit and delete sync live; an erasure on one refuses the capture on the other', async () => {
  const a = await machine();
  const b = await machine();
  await turnOn(a, 'alice');
  await turnOn(b, 'bob');

  const started = Date.now();
  const created = await sendFromExtensionPage<{ outcome: string }>(a.options, 'captureContact', { email: 'nadia.haddad@example.com', firstName: 'Nadia', lastName: 'Haddad', company: 'Helios', source });
  expect(created.res?.outcome).toBe('created');
  await expect.poll(() => contactOn(b, 'nadia.haddad@example.com'), { timeout: 10_000 }).toBeDefined();
  const firstVisible = Date.now() - started;

  const onB = (await contactOn(b, 'nadia.haddad@example.com'))!;
  const edited = Date.now();
  expect((await sendFromExtensionPage(b.options, 'updateContact', { id: onB.id, patch: { title: 'Directrice achats' } })).err).toBeUndefined();
  await expect.poll(async () => (await contactOn(a, 'nadia.haddad@example.com'))?.title, { timeout: 10_000 }).toBe('Directrice achats');
  const editVisible = Date.now() - edited;
  test.info().annotations.push({ type: 'timing', description: `create visible on the other profile after ${firstVisible} ms, edit after ${editVisible} ms` });
  expect(editVisible).toBeLessThanOrEqual(2_000);

  // A plain delete.
  await sendFromExtensionPage(a.options, 'captureContact', { email: 'temp.contact@example.com', firstName: 'Temp', source });
  await expect.poll(() => contactOn(b, 'temp.contact@example.com'), { timeout: 10_000 }).toBeDefined();
  const temp = (await contactOn(b, 'temp.contact@example.com'))!;
  await sendFromExtensionPage(b.options, 'deleteContacts', { ids: [temp.id] });
  await expect.poll(() => contactOn(a, 'temp.contact@example.com'), { timeout: 10_000 }).toBeUndefined();

  // Erased on A: gone on B, and capturing that address on B is refused.
  const onA = (await contactOn(a, 'nadia.haddad@example.com'))!;
  await sendFromExtensionPage(a.options, 'eraseContacts', { ids: [onA.id] });
  await expect.poll(() => contactOn(b, 'nadia.haddad@example.com'), { timeout: 10_000 }).toBeUndefined();
  await expect.poll(async () => (await readTable(b.options, 'suppression')).length, { timeout: 10_000 }).toBeGreaterThan(0);
  const again = await sendFromExtensionPage<{ outcome: string }>(b.options, 'captureContact', { email: 'nadia.haddad@example.com', firstName: 'Nadia', source });
  expect(again.res?.outcome).toBe('refused');
  expect(await contactOn(b, 'nadia.haddad@example.com')).toBeUndefined();

  await expect(a.options.getByTestId('team-error')).toHaveCount(0);
  await a.context.close();
  await b.context.close();
  expect([...a.outside, ...b.outside], 'requests left the browser').toEqual([]);
});
