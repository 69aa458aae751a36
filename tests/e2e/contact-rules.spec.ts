import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { contactsPage } from './support/manager';
import { readTable, seedPartial } from './support/seed';

/**
 * The contact base's rules as a user meets them (lib/contacts/rules.ts):
 * no path reopens an unsubscribed person without a recorded new consent,
 * and a restore prepared before an erasure does not bring the person back.
 */

const JANE = 'jane.doe@acme-robotics.com';
type Row = { email: string; status: string; consent: { basis: string; note?: string } };

async function manager(openExtensionPage: (name: 'options') => Promise<Page>): Promise<Page> {
  const page = await openExtensionPage('options');
  // The page has opened the database once the plan usage shows.
  await expect(page.getByTestId('plan-usage')).toBeVisible();
  return page;
}

async function stored(page: Page, email: string): Promise<Row | undefined> {
  return (await readTable<Row>(page, 'contacts')).find((c) => c.email === email);
}

test('import "Overwrite with the file" with a status column does not revive an unsubscribed contact', async ({ openExtensionPage }) => {
  const page = await manager(openExtensionPage);
  await seedPartial(page, { contacts: [{ email: JANE, firstName: 'Jane', status: 'Unsubscribed' }] });
  await page.getByRole('link', { name: 'Import' }).click();
  const csv = `Email,First name,Company,Status\r\n${JANE},Jane,Acme Robotics,Active\r\nbob@helios-energie.fr,Bob,Helios,Active\r\n`;
  await page.getByTestId('import-file-input').setInputFiles({ name: 'crm.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByLabel('Field for column Status').selectOption('status');
  await page.getByRole('radiogroup', { name: 'When a contact already exists' }).getByLabel('Overwrite with the file').check();
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByTestId('import-report').getByTestId('report-created')).toContainText('1');
  await expect(page.getByTestId('import-need-consent')).toContainText('Unsubscribed contacts whose status was kept: 1 (lines 2).');
  await page.getByRole('button', { name: /^Import/ }).click();
  await expect(page.getByTestId('import-done')).toBeVisible();

  const jane = await stored(page, JANE);
  expect(jane).toMatchObject({ status: 'Unsubscribed', consent: { basis: 'legitimate_interest' } });
  expect((await readTable<{ company?: string; email: string }>(page, 'contacts')).find((c) => c.email === JANE)?.company).toBe('Acme Robotics');
  expect(await stored(page, 'bob@helios-energie.fr')).toMatchObject({ status: 'Active' });
});

test('bulk "Set status → Active" keeps unsubscribed contacts and says why; bulk "Unsubscribed" suppresses', async ({ openExtensionPage }) => {
  const page = await manager(openExtensionPage);
  await seedPartial(page, {
    contacts: [
      { email: JANE, firstName: 'Jane', status: 'Unsubscribed' },
      { email: 'bob@helios-energie.fr', firstName: 'Bob', status: 'Bounced' },
    ],
  });
  await page.reload();
  const contacts = contactsPage(page);
  await expect(contacts.count).toHaveText('2 contacts');
  await page.getByLabel('Select every contact matching the filters').check();
  await contacts.bulk.getByLabel('Set status…').selectOption('Active');
  await expect(page.getByTestId('bulk-feedback')).toHaveText(
    'Done: 1 contact changed. 1 unsubscribed contact kept its status: reopening it needs their new consent, recorded in its drawer.',
  );
  expect(await stored(page, JANE)).toMatchObject({ status: 'Unsubscribed' });
  expect(await stored(page, 'bob@helios-energie.fr')).toMatchObject({ status: 'Active' });

  await contacts.bulk.getByLabel('Set status…').selectOption('Unsubscribed');
  await expect(page.getByTestId('bulk-feedback')).toHaveText('Done: 1 contact changed.');
  // Bob's address is now on the suppression list (Jane, already Unsubscribed, did not change).
  expect(await readTable(page, 'suppression')).toHaveLength(1);
});

test('the drawer asks for the new consent inline, and records it', async ({ openExtensionPage }) => {
  const page = await manager(openExtensionPage);
  await seedPartial(page, { contacts: [{ email: JANE, firstName: 'Jane', status: 'Unsubscribed' }] });
  await page.reload();
  const contacts = contactsPage(page);
  await contacts.row('Jane').click();
  const consent = contacts.drawer.getByTestId('consent-confirmation');
  await expect(consent).toHaveCount(0);
  await contacts.drawer.getByLabel('Status').selectOption('Active');
  await expect(consent).toBeVisible();
  await contacts.drawer.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('drawer-feedback')).toHaveText(/This contact unsubscribed\. To make them Active again/);
  expect(await stored(page, JANE)).toMatchObject({ status: 'Unsubscribed' });

  await consent.getByLabel('I confirm this person gave new consent').check();
  await consent.getByLabel('How and when (kept as proof)').fill('Asked to hear from us again by phone, 1 Dec');
  await contacts.drawer.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('drawer-feedback')).toHaveText('Changes saved.');
  await expect(consent).toHaveCount(0);
  expect(await stored(page, JANE)).toMatchObject({ status: 'Active', consent: { basis: 'consent', note: 'Asked to hear from us again by phone, 1 Dec' } });
});

test('a restore checked before an erasure and applied after it does not bring the person back', async ({ openExtensionPage }) => {
  const page = await manager(openExtensionPage);
  await seedPartial(page, { contacts: [{ email: JANE, firstName: 'Jane' }, { email: 'bob@helios-energie.fr', firstName: 'Bob' }] });
  await page.getByRole('link', { name: 'Backup' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup' }).click()]);
  const file = readFileSync((await download.path())!);

  // Bob is erased before the dry run (it leaves him out); Jane is only looked up for now.
  const privacy = await openExtensionPage('options');
  await privacy.getByRole('link', { name: 'Privacy' }).click();
  for (const email of [JANE, 'bob@helios-energie.fr']) {
    await privacy.getByLabel('Email', { exact: true }).fill(email);
    await privacy.getByRole('button', { name: 'Find' }).click();
    if (email === JANE) continue;
    await privacy.getByRole('button', { name: 'Erase this person' }).click();
    await privacy.getByRole('button', { name: 'Erase for good' }).click();
    await expect(privacy.getByTestId('lookup-result')).toContainText('It can never be captured or imported again.');
  }
  await page.getByLabel('Replace: the backup replaces your current contacts').check();
  await page.getByLabel('Backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: file });
  await expect(page.getByText('Left out: 1 contact erased or unsubscribed since the backup.')).toBeVisible();
  await expect(page.getByText('Everything checked. Ready to restore.')).toBeVisible();

  // Meanwhile, in the other tab, Jane asks to be erased.
  await privacy.getByLabel('Email', { exact: true }).fill(JANE);
  await privacy.getByRole('button', { name: 'Find' }).click();
  await privacy.getByRole('button', { name: 'Erase this person' }).click();
  await privacy.getByRole('button', { name: 'Erase for good' }).click();
  await expect(privacy.getByTestId('lookup-result')).toContainText('It can never be captured or imported again.');

  await page.getByRole('button', { name: 'Replace my contacts' }).click();
  await expect(page.getByTestId('restore-message')).toHaveText('Restored. Contacts written: 0. Left out, erased or unsubscribed since the backup was checked: 1.');
  expect(await readTable(page, 'contacts')).toEqual([]);
  expect(await readTable(page, 'suppression')).toHaveLength(2);
});
