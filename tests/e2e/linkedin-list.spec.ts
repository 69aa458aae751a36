import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
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

const names = (panel: Page) => panel.getByTestId('list-person').locator('label .font-medium').allTextContents();

test('a search page: tick, save with a tag and a group; known people are marked; the next page adds to the selection', async ({ context, servePage, openExtensionPage, tabIdOf }) => {
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
  await list.getByRole('button', { name: 'Save 4 people to To complete' }).click();
  await expect(list.getByTestId('list-feedback')).toContainText('4 new in To complete');

  const popup = await openExtensionPage('popup', { tabId });
  await expect(popup.getByTestId('to-complete')).toContainText('5 waiting');
  await expect(popup.getByTestId('list-capture').getByTestId('list-person')).toHaveCount(5);
});
