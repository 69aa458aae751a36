import type { Page } from '@playwright/test';
import { contentWorld } from '../hardening/content-world';
import { callService } from '../hardening/page-service';
import { readStore } from '../hardening/idb';
import { MESSAGE_RULES } from '../../lib/messaging/rules';
import { MAX_TEXT, type Contact } from '../../lib/model';
import { expect, test } from './support/extension';

const PROFILE = 'https://www.linkedin.com/in/mallory/';

/**
 * Nothing from the page became markup in our page: no element with an inline
 * handler (React never writes one), no frame, no inline script, and the
 * page's <b> and <img> did not come along.
 */
async function injected(page: Page) {
  return page.evaluate(() => ({
    handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    frames: document.querySelectorAll('iframe, object, embed').length,
    inlineScripts: [...document.scripts].filter((script) => !script.src).length,
    pageMarkup: [...document.querySelectorAll('b, img')].filter((el) => el.closest('[data-testid="recent-contacts"], [data-testid="capture-card"], [data-testid="contacts-grid"]')).length,
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
  }));
}

const CLEAN = { handlers: 0, frames: 0, inlineScripts: 0, pageMarkup: 0, pwned: null };

test('markup in a profile name and headline is shown as text, never run', async ({ context, servePage, openExtensionPage, tabIdOf, serviceWorker }) => {
  await servePage(PROFILE, 'hostile/linkedin-html-name.html');
  const linkedin = await context.newPage();
  await linkedin.goto(PROFILE);
  const popup = await openExtensionPage('popup', { tabId: await tabIdOf(linkedin) });
  const card = popup.getByTestId('capture-card');
  // However the extractor splits the name, the markup arrives as plain characters.
  await expect(card.getByLabel('Last name')).toHaveValue(/Mallory/);
  const shownName = async () => `${await card.getByLabel('First name').inputValue()} ${await card.getByLabel('Last name').inputValue()}`;
  expect(await shownName()).toContain('<script>window.__pwned=2</script>');

  await card.getByLabel('Email').fill('mallory@evil.example');
  await card.getByLabel('Email').press('Enter');
  await expect(popup.getByTestId('capture-feedback')).toHaveText('Saved to your contacts.');
  const [stored] = await readStore<Contact>(serviceWorker, 'contacts');
  const storedName = `${stored!.firstName ?? ''} ${stored!.lastName ?? ''}`.trim();
  expect(storedName).toContain('<script>');
  // The list shows exactly the stored characters, as text.
  await expect(popup.getByTestId('recent-contacts')).toContainText(storedName);
  expect(await injected(popup)).toEqual(CLEAN);

  const options = await openExtensionPage('options');
  await expect(options.getByTestId('contacts-grid')).toContainText(storedName);
  expect(await injected(options)).toEqual(CLEAN);
});

test('a name and headline of thousands of characters are bounded everywhere', async ({ context, servePage, openExtensionPage, tabIdOf, serviceWorker }) => {
  await servePage(PROFILE, 'hostile/linkedin-long-name.html');
  const linkedin = await context.newPage();
  await linkedin.goto(PROFILE);
  const tabId = await tabIdOf(linkedin);
  const report = await serviceWorker.evaluate(async (key) => (await chrome.storage.session.get(key))[key], `page:${tabId}`);
  for (const value of Object.values((report as { profile: Record<string, string> }).profile)) expect(value.length).toBeLessThanOrEqual(MAX_TEXT);

  const popup = await openExtensionPage('popup', { tabId });
  const card = popup.getByTestId('capture-card');
  await expect(card.getByLabel('First name')).toHaveValue(/Zoë/);
  const lengths = await card.locator('input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value.length));
  expect(Math.max(...lengths)).toBeGreaterThan(100);
  expect(Math.max(...lengths)).toBeLessThanOrEqual(MAX_TEXT);

  await card.getByLabel('Email').fill('zoe@long.example');
  await card.getByLabel('Email').press('Enter');
  await expect(popup.getByTestId('capture-feedback')).toHaveText('Saved to your contacts.');
  const [stored] = await readStore<Record<string, unknown>>(serviceWorker, 'contacts');
  for (const field of ['firstName', 'lastName', 'company', 'title']) {
    expect(String(stored![field] ?? '').length).toBeLessThanOrEqual(MAX_TEXT);
  }
});

test('the background refuses oversized payloads from a content script and keeps what it had', async ({ context, servePage, extensionId, tabIdOf, serviceWorker }) => {
  await servePage(PROFILE, 'linkedin/classic-profile.html');
  const linkedin = await context.newPage();
  await linkedin.goto(PROFILE);
  const tabId = await tabIdOf(linkedin);
  const world = await contentWorld(linkedin, extensionId);
  const huge = 'x'.repeat(10_000);
  const source = { method: 'linkedin', where: PROFILE, at: Date.now() };

  const refusals = [
    await world.send('reportPage', { url: PROFILE, method: 'linkedin', profile: { fullName: huge } }),
    await world.send('reportPage', { url: huge.repeat(10), method: 'linkedin', profile: null }),
  ];
  for (const answer of refusals) {
    expect(answer.res).toBeUndefined();
    expect(answer.err?.message).toMatch(/^invalid_message/);
  }
  // Saving and looking up run in extension pages: for a content script they are no message, nobody answers.
  const forbidden = [
    await world.send('captureContact', { email: 'big@acme.com', firstName: huge, source }),
    await world.send('captureContact', { email: 'ok@acme.com', firstName: 'Mallory', status: 'Blocked', source }),
    await world.send('lookupContact', { email: 'kept@acme.com' }),
  ];
  for (const answer of forbidden) {
    expect(answer.res).toBeUndefined();
    expect(answer.err).toBeUndefined();
  }
  expect(await readStore(serviceWorker, 'contacts')).toEqual([]);
  const kept = await serviceWorker.evaluate(async (key) => (await chrome.storage.session.get(key))[key], `page:${tabId}`);
  expect(kept).toMatchObject({ url: PROFILE, profile: { fullName: 'Jane Doe' } });
});

test('a content script asking to delete, export, edit or change settings is refused', async ({ context, servePage, extensionId, openExtensionPage, serviceWorker }) => {
  await servePage(PROFILE, 'linkedin/classic-profile.html');
  const options = await openExtensionPage('options');
  const created = await callService<{ outcome: string; contact: Contact }>(options, 'createContact', {
    email: 'kept@acme.com',
    firstName: 'Kept',
    source: { method: 'manual', where: 'manual', at: Date.now() },
  });
  expect(created.res?.outcome).toBe('created');
  const before = await readStore(serviceWorker, 'contacts');

  const linkedin = await context.newPage();
  await linkedin.goto(PROFILE);
  const world = await contentWorld(linkedin, extensionId);
  // Every operation of the page service (a new one is covered too) is no message: a content script gets no answer.
  const operations = await options.evaluate(() => Object.keys((globalThis as unknown as { __fluenzrService: object }).__fluenzrService));
  expect(operations).toEqual(expect.arrayContaining(['deleteContacts', 'updateContact', 'saveSettings', 'createContact', 'captureContact', 'lookupContact']));
  expect(Object.keys(MESSAGE_RULES).sort()).toEqual(['reportList', 'reportPage']);
  const id = created.res!.contact.id;
  const payloads: Record<string, unknown> = {
    deleteContacts: { ids: [id] },
    updateContact: { id, patch: { firstName: 'Mallory' } },
    saveSettings: { plan: 'pro' },
    createContact: { email: 'x@evil.example', source: { method: 'manual', where: 'x', at: 1 } },
  };
  for (const type of operations) {
    const answer = await world.send(type, payloads[type] ?? {});
    expect(answer.res, type).toBeUndefined();
    expect(answer.err, type).toBeUndefined();
  }
  // Messages nobody declared (an export that does not exist yet, a bulk delete) get no answer at all.
  for (const type of ['exportContacts', 'deleteAllContacts', 'importContacts'].filter((t) => !(t in MESSAGE_RULES))) {
    const answer = await world.send(type, {});
    expect(answer.res, type).toBeUndefined();
  }
  expect(await readStore(serviceWorker, 'contacts')).toEqual(before);
  expect(await readStore(serviceWorker, 'kv')).toEqual([]);
});
