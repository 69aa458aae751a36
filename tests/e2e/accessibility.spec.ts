import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { sampleContacts, seedDatabase } from './support/seed';

// axe-core on every main screen, light and dark: no serious or critical violation.
const SECTIONS = ['contacts', 'groups', 'import', 'export', 'segments', 'fields', 'privacy', 'backup', 'settings'];

async function seriousViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe in the page itself: the default opens a blank tab to merge frame results, which hung here.
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    test('manager sections', async ({ openExtensionPage, extensionId }) => {
      test.setTimeout(90_000);
      const page = await openExtensionPage('options');
      await page.emulateMedia({ colorScheme: scheme });
      await seedDatabase(page, { contacts: sampleContacts(30), groups: [{ name: 'Key accounts', color: '#f59e0b', createdAt: 1 }] });
      for (const section of SECTIONS) {
        await page.goto(`chrome-extension://${extensionId}/options.html#/${section}`);
        await page.reload();
        await expect(page.getByRole('main').getByRole('heading').first()).toBeVisible();
        expect(await seriousViolations(page), `#/${section}`).toEqual([]);
      }
      // The contact drawer, open.
      await page.goto(`chrome-extension://${extensionId}/options.html#/contacts?contact=1`);
      await expect(page.getByTestId('contact-drawer').getByRole('heading').first()).toBeVisible();
      expect(await seriousViolations(page), 'contact drawer').toEqual([]);
    });

    test('popup, side panel board and welcome page', async ({ context, openExtensionPage }) => {
      const popup = await openExtensionPage('popup');
      await popup.emulateMedia({ colorScheme: scheme });
      await seedDatabase(popup, { contacts: sampleContacts(30) });
      await popup.reload();
      await expect(popup.getByTestId('recent-contacts').getByRole('button').first()).toBeVisible();
      expect(await seriousViolations(popup), 'popup').toEqual([]);
      await popup.getByTestId('recent-contacts').getByRole('button').first().click();
      await expect(popup.getByTestId('quick-edit')).toBeVisible();
      expect(await seriousViolations(popup), 'popup quick edit').toEqual([]);

      const panel = await openExtensionPage('sidepanel');
      await panel.emulateMedia({ colorScheme: scheme });
      await expect(panel.getByTestId('board-card').first()).toBeVisible();
      expect(await seriousViolations(panel), 'side panel board').toEqual([]);

      await expect.poll(() => context.pages().find((p) => p.url().endsWith('/welcome.html'))).toBeDefined();
      const welcome = context.pages().find((p) => p.url().endsWith('/welcome.html'))!;
      await welcome.emulateMedia({ colorScheme: scheme });
      await expect(welcome.getByTestId('welcome')).toBeVisible();
      expect(await seriousViolations(welcome), 'welcome').toEqual([]);
    });
  });
}
