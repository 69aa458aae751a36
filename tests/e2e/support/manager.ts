import type { Page } from '@playwright/test';
import { expect } from './extension';

/** The manager's contacts table and its common moves, for the manager specs. */
export function contactsPage(page: Page) {
  const rows = page.getByTestId('contact-row');
  return {
    rows,
    grid: page.getByTestId('contacts-grid'),
    count: page.getByTestId('contacts-count'),
    search: page.getByRole('searchbox', { name: 'Search contacts by name, email or company' }),
    bulk: page.getByTestId('bulk-bar'),
    drawer: page.getByTestId('contact-drawer'),
    row: (text: string) => rows.filter({ hasText: text }),
    async loadSamples() {
      await page.getByRole('button', { name: 'Load sample contacts' }).click();
      await expect(page.getByTestId('contacts-count')).toHaveText('8 contacts');
    },
    async emails(): Promise<string[]> {
      const texts = await rows.locator('[role=gridcell]:nth-child(3)').allTextContents();
      return texts.sort();
    },
  };
}
