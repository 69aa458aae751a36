import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { contactsPage } from './support/manager';

const FIXTURE = resolve('tests/fixtures/csv/e2e-import.csv');

async function openSection(openExtensionPage: (name: 'options') => Promise<Page>, name: 'Import' | 'Export'): Promise<Page> {
  const page = await openExtensionPage('options');
  await page.getByRole('link', { name }).click();
  return page;
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const bytes = readFileSync((await download.path())!);
  return { name: download.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

test('import wizard: mapping edited, dry run, import, rejected rows downloaded', async ({ openExtensionPage }) => {
  const page = await openSection(openExtensionPage, 'Import');
  await page.getByTestId('import-file-input').setInputFiles(FIXTURE);
  await expect(page.getByTestId('import-file-info')).toContainText('e2e-import.csv: UTF-8, separated by commas, header on line 1');
  const boite = page.getByLabel('Field for column Boîte');
  // An unknown column with values becomes a new custom field unless the user chooses otherwise.
  await expect(boite).toHaveValue('custom:boite');
  await expect(page.getByLabel('Field for column Prénom')).toHaveValue('firstName');
  await boite.selectOption('company');
  await page.getByLabel('Tags to add (comma-separated)').fill('Imported');

  await page.getByRole('button', { name: 'Check the file' }).click();
  const report = page.getByTestId('import-report');
  await expect(report.getByTestId('report-created')).toContainText('3');
  await expect(report.getByTestId('report-invalid')).toContainText('1');
  await expect(report.getByTestId('report-duplicates')).toContainText('1');
  await expect(page.getByTestId('import-invalid')).toContainText('Line 4 — An email address needs an "@".');
  await expect(page.getByTestId('import-invalid')).toContainText('Line 5 — Same email as line 2');
  await expect(page.getByTestId('plan-usage')).toHaveText('0 / 300 contacts');

  await page.getByRole('button', { name: 'Import 3 contacts' }).click();
  const done = page.getByTestId('import-done');
  await expect(done.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  await expect(done.getByTestId('report-created')).toContainText('3');
  await expect(page.getByTestId('plan-usage')).toHaveText('3 / 300 contacts');

  const rejected = await downloadText(page, () => done.getByTestId('import-download-rejected').click());
  expect(rejected.name).toBe('e2e-import-rejected.csv');
  expect(rejected.text).toBe(
    'Email,Prénom,Nom,Boîte,Tags,Line,Reason\r\nnot-an-email,Bad,Row,Nowhere,,4,"An email address needs an ""@""."\r\nJANE.DOE@acme.com,Jane,Again,Acme,,5,Same email as line 2\r\n',
  );

  // The next file with the same header gets the mapping chosen this time.
  await page.getByRole('button', { name: 'Import another file' }).click();
  await expect(page.getByTestId('import-last-run')).toContainText('e2e-import.csv');
  await page.getByTestId('import-file-input').setInputFiles(FIXTURE);
  await expect(page.getByLabel('Field for column Boîte')).toHaveValue('company');
});

test('export opens back: the exported file re-imports as the same contacts', async ({ openExtensionPage }) => {
  const page = await openSection(openExtensionPage, 'Import');
  await page.getByTestId('import-file-input').setInputFiles(FIXTURE);
  await page.getByLabel('Field for column Boîte').selectOption('company');
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByRole('button', { name: 'Import 3 contacts' }).click();
  await expect(page.getByTestId('import-done')).toBeVisible();

  await page.getByRole('link', { name: 'Export' }).click();
  await page.getByLabel('Excel in French (semicolons)').check();
  const exported = await downloadText(page, () => page.getByRole('button', { name: 'Export', exact: true }).click());
  await expect(page.getByTestId('export-status')).toContainText('3 contacts exported');
  expect(exported.text.startsWith('\uFEFFE-mail;Prénom;Nom;Société;Poste;Téléphone;Profil LinkedIn;Étiquettes;Groupes;Étape;Statut;Source;URL source;Base légale;Autres e-mails\r\n')).toBe(true);
  // Values in French too, as the French UI shows them.
  expect(exported.text).toContain('jane.doe@acme.com;Jane;Doe;Acme;;;;"VIP, Salon";;Lead;Actif;Import CSV;e2e-import.csv;Intérêt légitime;\r\n');

  await page.getByRole('link', { name: 'Import' }).click();
  await page.getByTestId('import-file-input').setInputFiles({ name: exported.name, mimeType: 'text/csv', buffer: exported.bytes });
  await expect(page.getByTestId('import-file-info')).toContainText('UTF-8-BOM, separated by semicolons');
  await expect(page.getByLabel('Field for column Société')).toHaveValue('company');
  await page.getByRole('button', { name: 'Check the file' }).click();
  const report = page.getByTestId('import-report');
  await expect(report.getByTestId('report-created')).toContainText('0');
  await expect(report.getByTestId('report-updated')).toContainText('0');
  await expect(report.getByTestId('report-unchanged')).toContainText('3');
});

test('round 2: a French Pipedrive export with fallback columns, a report with footer lines, other emails in the drawer', async ({ openExtensionPage }) => {
  const page = await openSection(openExtensionPage, 'Import');
  await page.getByTestId('import-file-input').setInputFiles(resolve('tests/fixtures/csv/pipedrive-fr-personnes.csv'));
  await expect(page.getByLabel('Field for column Personne - Organisation')).toHaveValue('company');
  await expect(page.getByLabel('Field for column Personne - E-mail - Travail')).toHaveValue('email');
  await expect(page.getByLabel('Field for column Personne - E-mail - Domicile')).toHaveValue('email');
  await expect(page.getByTestId('import-mapping')).toContainText('Fallback 2: read when the columns before are empty');
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByTestId('import-report').getByTestId('report-created')).toContainText('3');
  await page.getByRole('button', { name: 'Import 3 contacts' }).click();
  const done = page.getByTestId('import-done');
  await expect(done.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  await done.getByTestId('import-columns').locator('summary').click();
  await expect(done.getByTestId('import-column-row').filter({ hasText: 'Personne - E-mail - Domicile' })).toContainText('Email (fallback 2)');
  await expect(done.getByTestId('import-column-row').filter({ hasText: 'Personne - E-mail - Domicile' })).toContainText('1 of 1');

  await page.getByRole('button', { name: 'Import another file' }).click();
  await page.getByTestId('import-file-input').setInputFiles(resolve('tests/fixtures/csv/salesforce-report-footer.csv'));
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByTestId('import-footer')).toHaveText('3 footer lines ignored (totals, confidentiality or copyright notices)');
  await expect(page.getByTestId('import-report').getByTestId('report-invalid')).toContainText('1');

  await page.getByRole('link', { name: 'Contacts', exact: true }).click();
  const contacts = contactsPage(page);
  await contacts.row('Zoé Petit').click();
  await expect(contacts.drawer.getByTestId('drawer-other-emails')).toHaveText('Other emails: zoe.petit@autre.example');
  await expect(page.getByTestId('plan-usage')).toHaveText('3 / 300 contacts');
});

test('a broken file is refused with a clear message and nothing is written', async ({ openExtensionPage }) => {
  const page = await openSection(openExtensionPage, 'Import');
  await page.getByTestId('import-file-input').setInputFiles(resolve('tests/fixtures/csv/unbalanced-quotes.csv'));
  await expect(page.getByTestId('import-error')).toHaveText(
    'A quote opened on line 2 is never closed, so the rest of the file cannot be read. Fix that line and try again.',
  );
  await page.getByTestId('import-file-input').setInputFiles(resolve('tests/fixtures/csv/no-email-column.csv'));
  await expect(page.getByTestId('import-error')).toContainText('No column holds email addresses.');
  await expect(page.getByTestId('plan-usage')).toHaveText('0 / 300 contacts');
});

test('cancelling an import keeps whole chunks of contacts only and the next visit says what was imported', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options');
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Plan').selectOption('pro');
  await page.getByRole('link', { name: 'Import' }).click();
  const rows = ['Email,First Name'];
  for (let i = 0; i < 12_000; i++) rows.push(`person${i}@bulk.example.com,P${i}`);
  await page.getByTestId('import-file-input').setInputFiles({ name: 'bulk.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByRole('button', { name: 'Import 12,000 contacts' }).click();
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel import' }).click();
  const done = page.getByTestId('import-done');
  await expect(done.getByRole('heading', { name: /Import cancelled/ })).toBeVisible({ timeout: 20_000 });
  const created = Number(await done.getByTestId('report-created').locator('dd').textContent());
  expect(created).toBeLessThan(12_000);
  // Chunks of 2,000 contacts are written whole or not at all.
  expect(created % 2000).toBe(0);
  await expect(page.getByTestId('plan-usage')).toHaveText(`${created} contacts`);

  const next = await openExtensionPage('options');
  await next.getByRole('link', { name: 'Import' }).click();
  await expect(next.getByTestId('import-last-run')).toContainText(`Last import: bulk.csv`);
  await expect(next.getByTestId('import-last-run')).toContainText(`${created} created`);
});
