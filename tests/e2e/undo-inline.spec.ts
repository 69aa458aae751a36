import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Contact } from '../../lib/model';
import { expect, test } from './support/extension';
import { contactsPage } from './support/manager';
import { readTable } from './support/seed';

// Issue 18, what was left: undo toasts on bulk and destructive actions, inline editing in the table.

async function manager(openExtensionPage: (name: 'options') => Promise<Page>) {
  const page = await openExtensionPage('options');
  const contacts = contactsPage(page);
  await contacts.loadSamples();
  return { page, contacts };
}

async function selectRows(page: Page, names: string[]) {
  for (const name of names) await contactsPage(page).row(name).getByRole('checkbox').click();
  await expect(page.getByTestId('selection-count')).toHaveText(`${names.length} selected`);
}

const toast = (page: Page) => page.getByTestId('toast');

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test.describe('undo toasts', () => {
  test('bulk archive: "3 contacts archived · Undo" brings them back', async ({ openExtensionPage }) => {
    const { page, contacts } = await manager(openExtensionPage);
    await selectRows(page, ['Camille Lefèvre', 'Thomas Nguyen', 'Lucas Moreau']);
    await contacts.bulk.getByRole('button', { name: 'Archive' }).click();
    await expect(contacts.count).toHaveText('5 contacts');
    await expect(toast(page)).toContainText('3 contacts archived');
    // The toast lives in a polite live region and stays while the pointer is on it.
    await expect(page.getByRole('region', { name: 'Notifications' }).getByRole('status')).toHaveAttribute('aria-live', 'polite');
    await toast(page).hover();
    await page.waitForTimeout(8500);
    await expect(toast(page)).toContainText('3 contacts archived');
    await toast(page).getByRole('button', { name: 'Undo' }).click();
    await expect(toast(page)).toHaveText(/Undone: 3 contacts are back as they were\./);
    await expect(contacts.count).toHaveText('8 contacts');
    const rows = await readTable<Contact>(page, 'contacts');
    expect(rows.filter((c) => c.archived === 1)).toEqual([]);
    const history = await readTable<{ kind: string; origin?: string }>(page, 'history');
    expect(history.filter((h) => h.origin === 'undo').map((h) => h.kind)).toEqual(['unarchived', 'unarchived', 'unarchived']);
  });

  test('bulk stage: Ctrl+Z undoes, and a contact moved since keeps its new stage', async ({ openExtensionPage }) => {
    const { page, contacts } = await manager(openExtensionPage);
    await selectRows(page, ['Camille Lefèvre', 'Élodie Martin']);
    await contacts.bulk.getByLabel('Set stage…').selectOption('Won');
    await expect(toast(page)).toContainText('2 contacts moved to Won');
    await expect(contacts.row('Élodie Martin').getByTestId('cell-stage')).toHaveText('Won');
    // Élodie is moved again before the undo (in the table; her drawer would do the same).
    await contacts.row('Élodie Martin').getByTestId('cell-stage').click();
    await page.getByTestId('inline-editor').getByLabel('Stage').selectOption('Lost');
    await expect(contacts.row('Élodie Martin').getByTestId('cell-stage')).toHaveText('Lost');
    await expect(contacts.grid).toBeFocused();
    await page.keyboard.press('Control+z');
    await expect(toast(page).last()).toHaveText(/Undone: 1 contact is back as it was\. 1 changed since and was left as it is\./);
    const rows = await readTable<Contact>(page, 'contacts');
    expect(rows.find((c) => c.firstName === 'Camille')?.stage).toBe('Qualified');
    expect(rows.find((c) => c.firstName === 'Élodie')?.stage).toBe('Lost');
  });

  test('bulk tag: Undo removes the tag it added, keyboard only', async ({ openExtensionPage }) => {
    const { page, contacts } = await manager(openExtensionPage);
    await selectRows(page, ['Thomas Nguyen', 'Hugo Bernard']);
    await contacts.bulk.getByLabel('Tag', { exact: true }).fill('relance');
    await contacts.bulk.getByRole('button', { name: 'Add tag' }).click();
    await expect(toast(page)).toContainText('Tag “relance” added to 2 contacts');
    expect((await readTable<Contact>(page, 'contacts')).filter((c) => c.tags.includes('relance'))).toHaveLength(2);
    // Reachable with Tab: the toast region comes after the page.
    const undo = toast(page).getByRole('button', { name: 'Undo' });
    for (let i = 0; i < 40 && !(await undo.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(undo).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(toast(page)).toHaveText(/Undone: 2 contacts are back as they were\./);
    expect((await readTable<Contact>(page, 'contacts')).filter((c) => c.tags.includes('relance'))).toHaveLength(0);
  });

  test('delete, from the selection and from the drawer: Undo restores the contacts with their history', async ({ openExtensionPage }) => {
    const { page, contacts } = await manager(openExtensionPage);
    const before = await readTable<Contact>(page, 'contacts');
    const historyBefore = await readTable<{ contactId: number }>(page, 'history');
    await selectRows(page, ['Sofia Rossi', 'James Carter']);
    await contacts.bulk.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete 2 contacts' }).click();
    await expect(contacts.count).toHaveText('6 contacts');
    await expect(toast(page)).toContainText('2 contacts deleted');
    await toast(page).getByRole('button', { name: 'Undo' }).click();
    await expect(contacts.count).toHaveText('8 contacts');
    expect(await readTable<Contact>(page, 'contacts')).toEqual(before);
    expect(await readTable(page, 'history')).toEqual(historyBefore);

    await contacts.row('Hugo Bernard').getByRole('gridcell').nth(1).click();
    await contacts.drawer.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete 1 contact' }).click();
    await expect(contacts.drawer).toBeHidden();
    await expect(contacts.count).toHaveText('7 contacts');
    await toast(page).filter({ hasText: '1 contact deleted' }).getByRole('button', { name: 'Undo' }).click();
    await expect(contacts.count).toHaveText('8 contacts');
    await expect(contacts.row('Hugo Bernard')).toHaveCount(1);
    // Used once, the undo record is gone.
    const left = await readTable<{ key: string }>(page, 'kv');
    expect(left.filter((row) => row.key.startsWith('undo:'))).toEqual([]);
  });
});

test.describe('inline editing in the table', () => {
  test('stage by click, status by keyboard with consent asked inline, tags with suggestions; Escape cancels; axe clean', async ({ openExtensionPage }) => {
    const { page, contacts } = await manager(openExtensionPage);
    const editor = page.getByTestId('inline-editor');

    // Stage: a click on the cell opens a select; choosing saves, the drawer stays closed.
    await contacts.row('Camille Lefèvre').getByTestId('cell-stage').click();
    await expect(editor).toBeVisible();
    await expect(editor.getByLabel('Stage')).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);
    await editor.getByLabel('Stage').selectOption('Proposal');
    await expect(editor).toBeHidden();
    await expect(contacts.row('Camille Lefèvre').getByTestId('cell-stage')).toHaveText('Proposal');
    await expect(contacts.drawer).toBeHidden();
    await expect(contacts.grid).toBeFocused();

    // Escape cancels: nothing written.
    await contacts.row('Lucas Moreau').getByTestId('cell-stage').click();
    await page.keyboard.press('Escape');
    await expect(editor).toBeHidden();
    expect((await readTable<Contact>(page, 'contacts')).find((c) => c.firstName === 'Lucas')?.stage).toBe('Qualified');

    // Keyboard: the active row, ArrowRight to the Status cell, Enter. Aïcha unsubscribed: Active needs her new consent.
    await contacts.grid.focus();
    const rowIndex = (await contacts.rows.allTextContents()).findIndex((text) => text.includes('Aïcha Diallo'));
    await page.keyboard.press('Home');
    for (let i = 0; i < rowIndex; i++) await page.keyboard.press('ArrowDown');
    // Cells after the check box: the first ArrowRight reaches the name.
    const statusColumn = await contacts.row('Aïcha Diallo').getByRole('gridcell').evaluateAll((cells) => cells.findIndex((cell) => cell.getAttribute('data-testid') === 'cell-status'));
    // Back to the row first (the last click left the Stage cell active), then to the Status cell.
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowLeft');
    await expect(contacts.grid).toHaveAttribute('aria-activedescendant', /contact-row-\d+/);
    for (let i = 0; i < statusColumn; i++) await page.keyboard.press('ArrowRight');
    await expect(contacts.grid).toHaveAttribute('aria-activedescendant', /contact-cell-\d+-status/);
    await page.keyboard.press('Enter');
    await expect(editor).toHaveAccessibleName('Edit Status of Aïcha Diallo');
    await editor.getByLabel('Status').selectOption('Active');
    await expect(editor.getByTestId('consent-confirmation')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(editor.getByRole('alert')).toContainText('new consent');
    await editor.getByRole('checkbox').check();
    await editor.getByLabel(/How and when/).fill('Asked again by phone, 1 Dec');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(editor).toBeHidden();
    const aicha = (await readTable<Contact>(page, 'contacts')).find((c) => c.firstName === 'Aïcha')!;
    expect(aicha).toMatchObject({ status: 'Active', consent: { basis: 'consent', note: 'Asked again by phone, 1 Dec' } });

    // Tags: the drawer's tag input, with the tags in use as suggestions.
    await contacts.row('Lucas Moreau').getByTestId('cell-tags').click();
    await expect(editor.locator('datalist option[value="vip"]')).toHaveCount(1);
    await editor.getByLabel('Tags').fill('vip');
    await editor.getByLabel('Tags').press('Enter');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(editor).toBeHidden();
    await expect(contacts.row('Lucas Moreau').getByTestId('cell-tags')).toHaveText('samplevip');
    expect((await readTable<Contact>(page, 'contacts')).find((c) => c.firstName === 'Lucas')?.tags).toEqual(['sample', 'vip']);
    expect((await readTable<{ contactId: number; kind: string; origin?: string }>(page, 'history')).filter((h) => h.origin === 'manual').length).toBeGreaterThanOrEqual(3);
  });
});
