import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { builtManifest, expect, test } from './support/extension';

const JANE = 'https://www.linkedin.com/in/jane-doe/';
const JANE_OVERLAY = 'https://www.linkedin.com/in/jane-doe/overlay/contact-info/';
const MARC = 'https://www.linkedin.com/in/marc-lefevre-8a2b3c/';

/** Swap the page's body for a fixture's, as LinkedIn's SPA does (no innerHTML: parsed, then moved). */
async function renderFixture(page: Page, fixture: string): Promise<void> {
  const html = readFileSync(`tests/fixtures/linkedin/${fixture}`, 'utf8');
  await page.evaluate((source) => {
    const parsed = new DOMParser().parseFromString(source, 'text/html');
    document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((node) => document.importNode(node, true)));
  }, html);
}

test('the popup card shows the profile, editable, and saves it with Enter', async ({ context, servePage, openExtensionPage, tabIdOf }) => {
  await servePage(JANE, 'linkedin/classic-logged-in.html');
  const linkedin = await context.newPage();
  await linkedin.goto(JANE);
  const popup = await openExtensionPage('popup', { tabId: await tabIdOf(linkedin) });
  const card = popup.getByTestId('capture-card');
  await expect(card.getByLabel('First name')).toHaveValue('Jane');
  await expect(card.getByLabel('Last name')).toHaveValue('Doe');
  await expect(card.getByLabel('Company')).toHaveValue('Acme Robotics');
  await expect(card.getByLabel('Job title')).toHaveValue('Vice President, Sales');
  // Nothing from "People also viewed".
  await expect(card).not.toContainText('John Smith');

  await card.getByLabel('Job title').fill('VP Sales EMEA');
  // A shared address is pointed out before it is saved.
  await card.getByLabel('Email').fill('contact@acme-robotics.com');
  await expect(card.getByTestId('email-quality')).toContainText("shared address");
  await card.getByLabel('Email').fill('jane.doe@acme-robotics.com');
  await expect(card.getByTestId('email-quality')).toHaveCount(0);
  await card.getByLabel('Email').press('Enter');
  await expect(popup.getByTestId('capture-feedback')).toHaveText('Saved to your contacts.');
  await expect(popup.getByTestId('recent-contacts')).toContainText('jane.doe@acme-robotics.com');
  await expect(popup.getByTestId('capture-known')).toContainText('Already in your contacts');
  await expect(popup.getByTestId('plan-usage')).toHaveText('1 / 300 contacts');
});

test('the contact-info overlay fills the email, and known colleagues suggest unverified addresses', async ({ context, servePage, openExtensionPage, tabIdOf }) => {
  await servePage(JANE_OVERLAY, 'linkedin/contact-info-overlay.html');
  const linkedin = await context.newPage();
  await linkedin.goto(JANE_OVERLAY);
  const popup = await openExtensionPage('popup', { tabId: await tabIdOf(linkedin) });
  await expect(popup.getByLabel('Email')).toHaveValue('jane.doe@acme-robotics.com');
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(popup.getByTestId('capture-feedback')).toHaveText('Saved to your contacts.');

  // A colleague at the same company, without email: guesses from the domain seen on Jane.
  const colleague = 'https://www.linkedin.com/in/paul-roe/';
  const html = readFileSync('tests/fixtures/linkedin/classic-logged-in.html', 'utf8').replaceAll('Jane Doe', 'Paul Roe').replaceAll('jane-doe', 'paul-roe');
  await context.route(colleague, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const second = await context.newPage();
  await second.goto(colleague);
  const popup2 = await openExtensionPage('popup', { tabId: await tabIdOf(second) });
  const guesses = popup2.getByTestId('email-guesses');
  await expect(guesses).toContainText('Likely addresses (unverified)');
  await guesses.getByRole('button', { name: 'Use paul.roe@acme-robotics.com (unverified guess)' }).click();
  await expect(popup2.getByLabel('Email')).toHaveValue('paul.roe@acme-robotics.com');
  await expect(popup2.getByTestId('capture-card')).toContainText('Unverified guess');
  await popup2.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(popup2.getByTestId('capture-feedback')).toHaveText('Saved to your contacts.');

  // What was stored: the guess stays marked, and every capture names its source.
  const stored = await popup2.evaluate(
    () =>
      new Promise<Array<{ email: string; phone?: string; tags: string[]; source: { method: string; where: string } }>>((resolve, reject) => {
        const open = indexedDB.open('fluenzr');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('contacts').objectStore('contacts').getAll();
          request.onsuccess = () => resolve(request.result);
        };
      }),
  );
  expect(stored.map(({ email, phone, tags, source }) => ({ email, phone, tags, method: source.method, where: source.where }))).toEqual([
    { email: 'jane.doe@acme-robotics.com', phone: '+33 6 12 34 56 78', tags: [], method: 'linkedin', where: JANE_OVERLAY },
    { email: 'paul.roe@acme-robotics.com', phone: undefined, tags: ['unverified-email'], method: 'linkedin', where: colleague },
  ]);
});

test('the side panel follows an SPA move and never shows the previous person for the new URL', async ({ context, servePage, openExtensionPage, tabIdOf }) => {
  await servePage(JANE, 'linkedin/classic-logged-in.html');
  const linkedin = await context.newPage();
  await linkedin.goto(JANE);
  const tabId = await tabIdOf(linkedin);
  const sidepanel = await openExtensionPage('sidepanel', { tabId });
  await expect(sidepanel.getByLabel('First name')).toHaveValue('Jane');
  // Record every report the panel receives from now on.
  await sidepanel.evaluate((key) => {
    const seen: unknown[] = [];
    (window as unknown as { seen: unknown[] }).seen = seen;
    chrome.storage.onChanged.addListener((changes: Record<string, { newValue?: unknown }>) => {
      if (changes[key]) seen.push(changes[key].newValue);
    });
  }, `page:${tabId}`);

  // LinkedIn pushes the new URL first and keeps the old card on screen for a while.
  await linkedin.evaluate((path) => history.pushState({}, '', path), '/in/marc-lefevre-8a2b3c/');
  await expect(sidepanel.getByTestId('capture-empty')).toBeVisible();
  await linkedin.waitForTimeout(1200);
  await expect(sidepanel.getByLabel('First name')).toHaveCount(0);

  await renderFixture(linkedin, 'generated-classes.html');
  await expect(sidepanel.getByLabel('First name')).toHaveValue('Marc');
  await expect(sidepanel.getByLabel('Job title')).toHaveValue('Head of Partnerships');

  const seen = (await sidepanel.evaluate(() => (window as unknown as { seen: unknown[] }).seen)) as Array<{ url: string; profile: { fullName: string } | null }>;
  const forMarc = seen.filter((report) => report?.url === MARC);
  expect(forMarc.length).toBeGreaterThan(0);
  expect(forMarc.filter((report) => report.profile?.fullName === 'Jane Doe')).toEqual([]);
});

test('the keyboard shortcut saves the current profile and confirms on the badge', async ({ context, servePage, serviceWorker, openExtensionPage, tabIdOf }) => {
  await servePage(JANE_OVERLAY, 'linkedin/contact-info-overlay.html');
  await servePage(MARC, 'linkedin/generated-classes.html');
  const withEmail = await context.newPage();
  await withEmail.goto(JANE_OVERLAY);
  const withEmailTab = await tabIdOf(withEmail);
  const press = (tabId: number) =>
    serviceWorker.evaluate(async (id) => {
      const tab = await chrome.tabs.get(id);
      chrome.commands.onCommand.dispatch('save-profile', tab);
    }, tabId);
  const badge = (tabId: number) => serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

  await press(withEmailTab);
  await expect.poll(() => badge(withEmailTab)).toBe('✓');
  const first = await openExtensionPage('popup', { tabId: withEmailTab });
  await expect(first.getByTestId('recent-contacts')).toContainText('jane.doe@acme-robotics.com');
  await expect(first.getByTestId('capture-known')).toContainText('Already in your contacts');

  const noEmail = await context.newPage();
  await noEmail.goto(MARC);
  const noEmailTab = await tabIdOf(noEmail);
  await press(noEmailTab);
  await expect.poll(() => badge(noEmailTab)).toBe('+');
  const popup = await openExtensionPage('popup', { tabId: noEmailTab });
  await expect(popup.getByTestId('to-complete')).toContainText('Marc Lefèvre');
  await expect(popup.getByTestId('capture-pending')).toBeVisible();
  await expect(popup.getByTestId('plan-usage')).toHaveText('1 / 300 contacts');

  // The confirmation goes away by itself (an alarm, not a timer in the worker).
  await expect.poll(() => badge(withEmailTab), { timeout: 15_000 }).toBe('');
});

test('a profile saved to "To complete" becomes a contact once an email is added', async ({ context, servePage, openExtensionPage, tabIdOf }) => {
  await servePage(MARC, 'linkedin/generated-classes.html');
  const linkedin = await context.newPage();
  await linkedin.goto(MARC);
  const popup = await openExtensionPage('popup', { tabId: await tabIdOf(linkedin) });
  await popup.getByRole('button', { name: 'Save to “To complete”' }).click();
  await expect(popup.getByTestId('capture-feedback')).toContainText('Saved to “To complete”');
  const row = popup.getByTestId('pending-row');
  await expect(row).toContainText('Marc Lefèvre');
  await expect(row).toContainText('Head of Partnerships · Northwind Traders');
  await expect(popup.getByTestId('plan-usage')).toHaveText('0 / 300 contacts');

  const email = row.getByLabel('Email for Marc Lefèvre');
  await email.fill('marc@northwind');
  await email.press('Enter');
  await expect(row.getByRole('alert')).toHaveText('The domain needs a dot, as in "acme.com".');
  await email.fill('Marc.Lefevre@Northwind-Traders.com');
  await email.press('Enter');
  await expect(popup.getByTestId('pending-row')).toHaveCount(0);
  await expect(popup.getByTestId('recent-contacts')).toContainText('marc.lefevre@northwind-traders.com');
  await expect(popup.getByTestId('plan-usage')).toHaveText('1 / 300 contacts');
  // The card now knows the person, found by the profile URL the pending row carried.
  await expect(popup.getByTestId('capture-known')).toContainText('marc.lefevre@northwind-traders.com');
});

test('re-capturing a known profile shows what would change, then updates it', async ({ context, servePage, openExtensionPage, tabIdOf }) => {
  await servePage(JANE, 'linkedin/classic-profile.html');
  const linkedin = await context.newPage();
  await linkedin.goto(JANE);
  const popup = await openExtensionPage('popup', { tabId: await tabIdOf(linkedin) });
  await expect(popup.getByLabel('Job title')).toHaveValue('VP Sales');
  await popup.getByLabel('Email').fill('jane@acme-robotics.com');
  await popup.getByLabel('Email').press('Enter');
  await expect(popup.getByTestId('capture-feedback')).toHaveText('Saved to your contacts.');
  await popup.close();

  // Months later the profile shows a new title.
  await servePage(JANE, 'linkedin/classic-logged-in.html');
  await linkedin.reload();
  const again = await openExtensionPage('popup', { tabId: await tabIdOf(linkedin) });
  await expect(again.getByLabel('Job title')).toHaveValue('Vice President, Sales');
  const diff = again.getByTestId('capture-diff');
  await expect(diff).toContainText('Saving will update:');
  await expect(diff).toContainText('Job title: VP Sales → Vice President, Sales');
  await expect(again.getByLabel('Email')).toHaveValue('jane@acme-robotics.com');
  await again.getByLabel('Email').press('Enter');
  await expect(again.getByTestId('capture-feedback')).toHaveText('Contact updated: Job title.');
  await expect(diff).toContainText('Nothing new on this page.');
});

test('the shortcut is declared in the manifest, and LinkedIn can probe no resource', () => {
  const manifest = builtManifest();
  expect(manifest.commands).toEqual({
    'save-profile': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_saveProfileCommand__' },
  });
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
});

// Real pages LinkedIn served (tests/fixtures/linkedin/README.md), at their real URLs.
const SDUI_FIRST = 'https://www.linkedin.com/in/elia-ysard-77n82114w/';
const SDUI_THIRD = 'https://www.linkedin.com/in/nils-mercer-93v809728/';
const CLASSIC_EN = 'https://www.linkedin.com/in/timo-rosander-oakridge/';
const CLASSIC_PL_OVERLAY = 'https://www.linkedin.com/in/nils-berrin-21948116/overlay/contact-info/';

/**
 * Serve a real saved page at its URL. Its own scripts, styles and images would call LinkedIn's servers:
 * a Content-Security-Policy keeps the page inert, so any request the test sees comes from the extension
 * (content scripts run in their own world, which the page's policy does not restrict).
 */
async function serveRealPage(context: BrowserContext, url: string, file: string): Promise<void> {
  const body = readFileSync(`tests/fixtures/linkedin/real/${file}`, 'utf8');
  await context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" }, body }),
  );
}

test.describe('real LinkedIn pages', () => {
  test('the popup card reads a server-driven profile and marks the guessed field until it is checked', async ({ context, openExtensionPage, tabIdOf }) => {
    await serveRealPage(context, SDUI_FIRST, 'sdui-pl-1st-degree.html');
    const linkedin = await context.newPage();
    await linkedin.goto(SDUI_FIRST);
    const popup = await openExtensionPage('popup', { tabId: await tabIdOf(linkedin) });
    const card = popup.getByTestId('capture-card');
    await expect(card.getByLabel('First name')).toHaveValue('Elia');
    await expect(card.getByLabel('Last name')).toHaveValue('Ysard');
    await expect(card.getByLabel('Company')).toHaveValue('Bosch Home Comfort Group');
    await expect(card.getByLabel('Job title')).toHaveValue('Terenowy przedstawiciel handlowy');
    // The title was guessed from the headline: marked, explained, and tied to its input.
    await expect(card.getByTestId('capture-uncertain')).toBeVisible();
    await expect(card.getByTestId('field-flag')).toHaveCount(1);
    const titleLabel = card.locator('label', { has: popup.getByRole('textbox', { name: /Job title/ }) });
    await expect(titleLabel.getByTestId('field-flag')).toHaveText(/Check/);
    await expect(card.getByLabel('Company').locator('..').getByTestId('field-flag')).toHaveCount(0);
    // The degree marker ("· 1.") is never data.
    await expect(card).not.toContainText('· 1.');
    // Once the user changes the field, it is theirs: no mark left.
    await card.getByLabel(/Job title/).fill('Przedstawiciel handlowy');
    await expect(card.getByTestId('field-flag')).toHaveCount(0);
    await expect(card.getByTestId('capture-uncertain')).toHaveCount(0);
  });

  test('the side panel follows an SPA move from a server-driven profile to a classic one', async ({ context, openExtensionPage, tabIdOf }) => {
    await serveRealPage(context, SDUI_THIRD, 'sdui-pl-3rd-degree.html');
    const linkedin = await context.newPage();
    await linkedin.goto(SDUI_THIRD);
    const tabId = await tabIdOf(linkedin);
    const sidepanel = await openExtensionPage('sidepanel', { tabId });
    await expect(sidepanel.getByLabel('First name')).toHaveValue('Nils');
    await expect(sidepanel.getByLabel(/Job title/)).toHaveValue('Pracownik ds. Masowych Nadawców');
    await expect(sidepanel.getByLabel('Company')).toHaveValue('Poczta Polska S. A.');
    await sidepanel.evaluate((key) => {
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      chrome.storage.onChanged.addListener((changes: Record<string, { newValue?: unknown }>) => {
        if (changes[key]) seen.push(changes[key].newValue);
      });
    }, `page:${tabId}`);

    await linkedin.evaluate((path) => history.pushState({}, '', path), new URL(CLASSIC_EN).pathname);
    await expect(sidepanel.getByTestId('capture-empty')).toBeVisible();
    await renderFixture(linkedin, 'real/classic-en-2024-full.html');
    await expect(sidepanel.getByLabel('First name')).toHaveValue('Timo');
    await expect(sidepanel.getByLabel('Last name')).toHaveValue('Rosander Oakridge');
    await expect(sidepanel.getByLabel(/Job title/)).toHaveValue('Tech Education Team Lead');
    await expect(sidepanel.getByLabel('Company')).toHaveValue('Novare Potential');

    const seen = (await sidepanel.evaluate(() => (window as unknown as { seen: unknown[] }).seen)) as Array<{ url: string; profile: { fullName: string } | null }>;
    const forClassic = seen.filter((report) => report?.url === CLASSIC_EN);
    expect(forClassic.length).toBeGreaterThan(0);
    expect(forClassic.filter((report) => report.profile?.fullName === 'Nils Mercer')).toEqual([]);
  });

  test('the shortcut saves a real classic page with the email of its contact-info overlay', async ({ context, serviceWorker, openExtensionPage, tabIdOf }) => {
    await serveRealPage(context, CLASSIC_PL_OVERLAY, 'classic-pl-2026-hashed-contact-overlay.html');
    const linkedin = await context.newPage();
    await linkedin.goto(CLASSIC_PL_OVERLAY);
    const tabId = await tabIdOf(linkedin);
    const popup = await openExtensionPage('popup', { tabId });
    await expect(popup.getByLabel('Email')).toHaveValue('qqpiqwlapfrrjxa@gmail.com');
    await expect(popup.getByLabel('Company')).toHaveValue('Zakopiańska');
    await expect(popup.getByLabel(/Job title/)).not.toHaveValue('1.');

    await serviceWorker.evaluate(async (id) => {
      const tab = await chrome.tabs.get(id);
      chrome.commands.onCommand.dispatch('save-profile', tab);
    }, tabId);
    await expect.poll(() => serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('✓');
    const after = await openExtensionPage('popup', { tabId });
    await expect(after.getByTestId('recent-contacts')).toContainText('qqpiqwlapfrrjxa@gmail.com');
    await expect(after.getByTestId('capture-known')).toContainText('Already in your contacts');
  });

  test('a "Profile not found" page and the guest home at a /in/ URL offer nobody to capture', async ({ context, openExtensionPage, tabIdOf }) => {
    const url = 'https://www.linkedin.com/in/vidal/';
    await serveRealPage(context, url, 'not-found-en-2024.html');
    const linkedin = await context.newPage();
    await linkedin.goto(url);
    const popup = await openExtensionPage('popup', { tabId: await tabIdOf(linkedin) });
    await expect(popup.getByTestId('capture-empty')).toBeVisible();
    await expect(popup.getByLabel('First name')).toHaveCount(0);
    await renderFixture(linkedin, 'real/guest-home-en-2024.html');
    await linkedin.waitForTimeout(600);
    await expect(popup.getByTestId('capture-empty')).toBeVisible();
    await expect(popup.getByLabel('First name')).toHaveCount(0);
  });
});
