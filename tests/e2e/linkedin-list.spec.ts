import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/extension';

const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=director%20in%20energy&origin=FACETED_SEARCH';
const PAGE_2 = 'https://www.linkedin.com/search/results/people/?keywords=director%20in%20energy&origin=FACETED_SEARCH&page=2';

/** LinkedIn's SPA moving to the next results page: a pushState and a new body, no page load (no innerHTML). */
async function nextResultsPage(page: Page, url: string, fixture: string): Promise<void> {
  const html = readFileSync(`tests/fixtures/linkedin/lists/${fixture}`, 'utf8');
  await page.evaluate(
    ([source, next]) => {
      history.pushState({}, '', next);
      const parsed = new DOMParser().parseFromString(source!, 'text/html');
      document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((node) => document.importNode(node, true)));
    },
    [html, url],
  );
}

/**
 * A real saved page, served with a policy that lets none of its own scripts, frames, styles or photos load:
 * the page stays as LinkedIn rendered it, and asks the network for nothing (content scripts are not bound by it).
 */
async function serveSavedPage(context: BrowserContext, url: string, fixture: string): Promise<void> {
  const body = readFileSync(`tests/fixtures/linkedin/lists/${fixture}`);
  const headers = { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" };
  await context.route(url, (route) => route.fulfill({ status: 200, headers, body }));
}

const names = (panel: Page) => panel.getByTestId('list-person').locator('label .font-medium').allTextContents();

test('a search page: tick, save with a tag and a group; known people are marked; the next page adds to the selection', async ({ context, servePage, openExtensionPage, tabIdOf }) => {
  test.setTimeout(60_000);
  await servePage(SEARCH, 'linkedin/lists/search-classic.html');
  const linkedin = await context.newPage();
  await linkedin.goto(SEARCH);
  const tabId = await tabIdOf(linkedin);
  const options = await openExtensionPage('options');
  await options.getByRole('link', { name: 'Groups' }).click();
  await options.getByLabel('New group').fill('Énergie');
  await options.getByLabel('New group').press('Enter');

  const panel = await openExtensionPage('sidepanel', { tabId });
  const list = panel.getByTestId('list-capture');
  await expect(list.getByTestId('list-person')).toHaveCount(2);
  expect(await names(panel)).toEqual(['Faruk Bilen', 'Pascal Durand']);
  await expect(list.getByTestId('list-summary')).toHaveText('2 ticked of 2');
  await expect(list.getByTestId('list-person').first()).toContainText('Executive Director · International Energy Agency (IEA)');

  // Save Faruk only, tagged and grouped.
  await list.getByLabel('Select Pascal Durand').uncheck();
  await list.getByLabel('Tag').fill('energie-2026');
  await list.getByLabel('Group').selectOption({ label: 'Énergie' });
  await list.getByRole('button', { name: 'Save 1 person to To complete' }).click();
  await expect(list.getByTestId('list-feedback')).toContainText('1 new in To complete');
  await expect(list.getByTestId('list-person').first()).toHaveAttribute('data-known', 'pending');
  await expect(list.getByTestId('list-person').first()).toContainText('In To complete');

  // A fresh list on the same page: Faruk is known (unticked), Pascal new (ticked).
  await list.getByRole('button', { name: 'Start a new list' }).click();
  await linkedin.reload();
  await expect(list.getByTestId('list-person')).toHaveCount(2);
  await expect(list.getByLabel('Select Faruk Bilen')).not.toBeChecked();
  await expect(list.getByLabel('Select Pascal Durand')).toBeChecked();

  // The next results page (server-driven markup, read in real Chromium) adds its people, ticks kept.
  await nextResultsPage(linkedin, PAGE_2, 'search-sdui.html');
  await expect(list.getByTestId('list-person')).toHaveCount(5);
  expect(await names(panel)).toEqual(['Faruk Bilen', 'Pascal Durand', 'Claire Martin', 'Jérôme Léger', 'Anna Kowalska']);
  await expect(list.getByTestId('list-summary')).toHaveText('4 ticked of 5');
  await expect(list).not.toContainText('Sidebar Person');
  await expect(list.getByTestId('list-person').nth(2)).toContainText('Head of Sales · Datawise');
  await list.getByLabel('Tag').fill('');
  await list.getByRole('button', { name: 'Save 4 people to To complete' }).click();
  await expect(list.getByTestId('list-feedback')).toContainText('4 new in To complete');

  const popup = await openExtensionPage('popup', { tabId });
  await expect(popup.getByTestId('to-complete')).toContainText('5 waiting');
  await expect(popup.getByTestId('list-capture').getByTestId('list-person')).toHaveCount(5);

  // The manager's To complete: search and filters.
  await options.getByRole('link', { name: 'To complete' }).click();
  const section = options.getByTestId('to-complete-section');
  await expect(section.getByTestId('to-complete-count')).toHaveText('5 shown of 5');
  await section.getByLabel('Search To complete').fill('datawise');
  await expect(section.getByTestId('pending-row')).toHaveCount(1);
  await section.getByLabel('Search To complete').fill('');
  await section.getByTestId('filter-tag').selectOption('energie-2026');
  await expect(section.getByTestId('pending-row')).toHaveCount(1);
  await expect(section.getByTestId('pending-row')).toContainText('Faruk Bilen');
  await section.getByTestId('filter-tag').selectOption('');
  await section.getByTestId('filter-company').selectOption({ label: 'Boston Consulting Group (1)' });
  await expect(section.getByTestId('pending-row')).toContainText('Pascal Durand');
  await section.getByTestId('filter-company').selectOption('');

  // Export for an enrichment tool, then import its file back.
  const [download] = await Promise.all([options.waitForEvent('download'), section.getByRole('button', { name: 'Export 5 to CSV' }).click()]);
  const exported = readFileSync((await download.path())!, 'utf8');
  const lines = exported.trim().split('\r\n');
  expect(lines[0]).toBe('LinkedIn URL,First name,Last name,Company,Job title');
  expect(lines).toContain('https://www.linkedin.com/in/faruk-bilen,Faruk,Bilen,International Energy Agency (IEA),Executive Director');
  // What Dropcontact or Kaspr send back: the same rows plus an email where they found one.
  const emails: Record<string, string> = { 'faruk-bilen': 'faruk.bilen@iea.org', 'claire-martin-4b1a2c': 'claire.martin@datawise.fr', pascaldur: 'p.durand@bcg.com' };
  const enriched = [`${lines[0]},Email`, ...lines.slice(1).map((line) => `${line},${emails[/\/in\/([^,]+)/.exec(line)![1]!] ?? ''}`)].join('\r\n');
  await section.getByRole('link', { name: 'Import the enriched file' }).click();
  await options.getByTestId('import-file-input').setInputFiles({ name: 'enriched.csv', mimeType: 'text/csv', buffer: Buffer.from(enriched) });
  await options.getByRole('button', { name: 'Check the file' }).click();
  await expect(options.getByTestId('import-report').getByTestId('report-created')).toContainText('3');
  await options.getByRole('button', { name: 'Import 3 contacts' }).click();
  await expect(options.getByTestId('import-done').getByTestId('report-created')).toContainText('3');

  await options.getByRole('link', { name: 'To complete' }).click();
  await expect(section.getByTestId('to-complete-count')).toHaveText('2 shown of 2');
  await options.getByRole('link', { name: 'Contacts', exact: true }).click();
  await expect(options.getByTestId('contacts-grid')).toContainText('faruk.bilen@iea.org');
  await expect(options.getByTestId('contacts-grid')).toContainText('energie-2026');
  // The panel now marks them as contacts.
  await expect(list.getByTestId('list-person').first()).toHaveAttribute('data-known', 'contact');
});

test('real saved search pages are read in Chromium: server-driven with nested links, then a 1 MB classic page', async ({ context, openExtensionPage, tabIdOf }) => {
  await serveSavedPage(context, SEARCH, 'real-search-sdui-pl-2026-05-22.html');
  await serveSavedPage(context, PAGE_2, 'real-search-classic-pl-2026.html');
  const linkedin = await context.newPage();
  await linkedin.goto(SEARCH);
  const panel = await openExtensionPage('sidepanel', { tabId: await tabIdOf(linkedin) });
  const list = panel.getByTestId('list-capture');
  // happy-dom drops 6 of these 10 results (nested links); a browser keeps them all.
  await expect(list.getByTestId('list-person')).toHaveCount(10);
  expect((await names(panel)).slice(0, 3)).toEqual(['Milo Aalto', 'Yael Bexley', 'Zoe Rosander']);
  await expect(list.getByTestId('list-person').nth(4)).toContainText('Tessa Castell');
  await linkedin.goto(PAGE_2);
  await expect(list.getByTestId('list-person')).toHaveCount(20);
  expect((await names(panel))[10]).toBe('Sacha Garnier');
  await expect(list.getByTestId('list-summary')).toHaveText('20 ticked of 20');
});
