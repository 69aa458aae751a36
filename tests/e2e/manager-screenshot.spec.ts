import { expect, test } from './support/extension';
import { contactsPage } from './support/manager';

// Takes the README's picture of the manager: a few realistic contacts, a group, a selection, the undo toast.
test('screenshot of the manager for the README', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options');
  await page.setViewportSize({ width: 1600, height: 800 });
  const contacts = contactsPage(page);
  await contacts.loadSamples();

  await page.getByRole('link', { name: 'Groups and tags' }).click();
  await page.getByLabel('New group name').fill('Salon Lyon 2025');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByTestId('group-row')).toHaveCount(1);
  await page.getByRole('link', { name: 'Contacts', exact: true }).click();

  // Turn the samples into ordinary contacts: without the "sample" tag they are no longer marked.
  await page.getByLabel('Select every contact matching the filters').check();
  await contacts.bulk.getByLabel('Tag', { exact: true }).fill('sample');
  await contacts.bulk.getByRole('button', { name: 'Remove tag' }).click();
  await expect(page.getByTestId('sample-banner')).toHaveCount(0);
  await page.getByTestId('toast').getByRole('button', { name: 'Dismiss' }).click();
  await contacts.bulk.getByRole('button', { name: 'Clear selection' }).click();

  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Groups' }).check();
  await page.getByRole('checkbox', { name: 'Job title' }).uncheck();
  await page.keyboard.press('Escape');
  for (const name of ['Camille Lefèvre', 'James Carter', 'Élodie Martin']) await contacts.row(name).getByRole('checkbox').click();
  await contacts.bulk.getByLabel('Group…').selectOption({ label: 'Salon Lyon 2025' });
  await contacts.bulk.getByRole('button', { name: 'Add to group' }).click();
  await expect(page.getByTestId('bulk-feedback')).toHaveText('Done: 3 contacts changed.');
  // The undo toast is in the picture (taken within its 8 seconds).
  await expect(page.getByTestId('toast')).toHaveText(/3 contacts added to Salon Lyon 2025/);

  await contacts.search.focus();
  await expect(contacts.rows).toHaveCount(8);
  await page.screenshot({ path: 'docs/screenshots/manager.png' });
});
