import { statSync } from 'node:fs';
import { join } from 'node:path';
import { builtManifest, expect, EXTENSION_PATH, test } from './support/extension';

const PROFILE_URL = 'https://www.linkedin.com/in/jane-doe/';

test('a LinkedIn profile is captured from the popup and listed as a recent contact', async ({ context, servePage, openExtensionPage, tabIdOf }) => {
  await servePage(PROFILE_URL, 'linkedin/classic-profile.html');
  const linkedin = await context.newPage();
  await linkedin.goto(PROFILE_URL);
  const tabId = await tabIdOf(linkedin);

  const popup = await openExtensionPage('popup', { tabId });
  const card = popup.getByTestId('capture-card');
  await expect(card.getByLabel('First name')).toHaveValue('Jane');
  await expect(card.getByLabel('Last name')).toHaveValue('Doe');
  // No email on the page: the card asks for one; a bad one is refused with the reason.
  await card.getByLabel('Email').fill('jane.doe@acme');
  await card.getByLabel('Email').press('Enter');
  await expect(card.getByRole('alert')).toHaveText('The domain needs a dot, as in "acme.com".');

  await card.getByLabel('Email').fill('Jane.Doe@Acme-Robotics.com');
  await card.getByLabel('Email').press('Enter');
  await expect(popup.getByTestId('capture-feedback')).toHaveText('Saved to your contacts.');
  await expect(popup.getByTestId('recent-contacts')).toContainText('jane.doe@acme-robotics.com');
  await expect(popup.getByTestId('capture-known')).toBeVisible();
  await expect(popup.getByTestId('plan-usage')).toHaveText('1 / 300 contacts');
});

test('the card follows the SPA to the next profile without keeping the previous one', async ({ context, servePage, openExtensionPage, tabIdOf }) => {
  await servePage(PROFILE_URL, 'linkedin/classic-profile.html');
  const linkedin = await context.newPage();
  await linkedin.goto(PROFILE_URL);
  const sidepanel = await openExtensionPage('sidepanel', { tabId: await tabIdOf(linkedin) });
  await expect(sidepanel.getByLabel('First name')).toHaveValue('Jane');

  // LinkedIn swaps the profile in place and pushes a new URL.
  await linkedin.evaluate(() => {
    history.pushState({}, '', '/in/elodie-martin/');
    document.querySelector('h1')!.textContent = 'Élodie Martin';
    document.querySelector('.text-body-medium')!.textContent = 'Directrice commerciale chez Exemple SA';
  });
  await expect(sidepanel.getByLabel('First name')).toHaveValue('Élodie');
  await expect(sidepanel.getByLabel('Last name')).toHaveValue('Martin');
});

test('a page that is not a profile says there is nothing to capture', async ({ context, servePage, openExtensionPage, tabIdOf }) => {
  await servePage('https://www.linkedin.com/feed/', 'linkedin/second-profile.html');
  const linkedin = await context.newPage();
  await linkedin.goto('https://www.linkedin.com/feed/');
  const popup = await openExtensionPage('popup', { tabId: await tabIdOf(linkedin) });
  await expect(popup.getByTestId('capture-empty')).toBeVisible();
});

test('the interface follows the language setting', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options');
  await options.getByRole('link', { name: 'Settings' }).click();
  await options.getByLabel('Language').selectOption('fr');
  await expect(options.getByRole('heading', { name: 'Paramètres' })).toBeVisible();
  await expect(options.getByRole('link', { name: 'Contacts', exact: true })).toBeVisible();
});

test('the manifest asks only for the reviewed permissions and exposes no resources', () => {
  const manifest = builtManifest();
  expect(manifest.permissions).toEqual(['storage', 'sidePanel', 'unlimitedStorage', 'alarms', 'contextMenus', 'activeTab', 'scripting', 'notifications']);
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
  expect(manifest.content_scripts?.map((script) => script.matches)).toEqual([['https://mail.google.com/*'], ['https://*.linkedin.com/*']]);
  // An explicit policy for extension pages: only the extension's own scripts, nothing reached outside it.
  const csp = (manifest.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages ?? '';
  for (const directive of ["script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
  // Team sync's server (README "Team"): any HTTPS origin or this machine may be connected to, no other
  // directive widens; the code reaches only the configured origin, and only once the user granted it.
  const directives = csp.split(';').map((d) => d.trim());
  expect(directives.filter((d) => d.startsWith('connect-src'))).toEqual(["connect-src 'self' https: http://127.0.0.1:* http://localhost:*"]);
  expect(directives.filter((d) => !d.startsWith('connect-src')).join('; ')).not.toMatch(/unsafe-(eval|inline)|https?:|\*/);
  expect(csp).not.toMatch(/unsafe-(eval|inline)/);
  expect((manifest as { optional_host_permissions?: string[] }).optional_host_permissions).toEqual(['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*']);
});

test('the extension pages render under that policy without a single violation', async ({ openExtensionPage }) => {
  const violations: string[] = [];
  for (const name of ['options', 'popup', 'sidepanel'] as const) {
    const page = await openExtensionPage(name);
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(`${name}: ${message.text()}`);
    });
    await page.evaluate(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.waitForLoadState('networkidle');
  }
  const options = await openExtensionPage('options');
  const seen: string[] = [];
  options.on('console', (message) => seen.push(message.text()));
  await options.reload();
  await expect(options.getByRole('link', { name: 'Contacts', exact: true })).toBeVisible();
  for (const section of ['Import', 'Backup', 'Privacy', 'Settings']) {
    await options.getByRole('link', { name: section }).click();
    await options.waitForLoadState('networkidle');
  }
  expect([...violations, ...seen.filter((text) => /Content Security Policy/i.test(text))]).toEqual([]);
});

test('each content script stays under 15,000 bytes (it is injected into every LinkedIn and Gmail page)', () => {
  const scripts = builtManifest().content_scripts?.flatMap((script) => script.js ?? []) ?? [];
  expect(scripts.sort()).toEqual(['content-scripts/gmail.js', 'content-scripts/linkedin-list.js', 'content-scripts/linkedin.js']);
  const sizes = Object.fromEntries(scripts.map((file) => [file, statSync(join(EXTENSION_PATH, file)).size]));
  for (const file of scripts) expect(sizes[file], `${file}: ${sizes[file]} B`).toBeLessThan(15_000);
});

test('no request leaves the extension while it captures and manages contacts', async ({ context, servePage, openExtensionPage, tabIdOf, outsideRequests }) => {
  await servePage(PROFILE_URL, 'linkedin/classic-profile.html');
  const linkedin = await context.newPage();
  await linkedin.goto(PROFILE_URL);
  const popup = await openExtensionPage('popup', { tabId: await tabIdOf(linkedin) });
  await popup.getByLabel('Email').fill('jane@acme-robotics.com');
  await popup.getByLabel('Email').press('Enter');
  await expect(popup.getByTestId('capture-feedback')).toHaveText('Saved to your contacts.');
  const options = await openExtensionPage('options');
  await expect(options.getByTestId('contacts-grid')).toContainText('jane@acme-robotics.com');
  await openExtensionPage('sidepanel');
  expect(outsideRequests).toEqual([]);
});
