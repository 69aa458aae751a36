import { readFileSync } from 'node:fs';
import { expect, test } from './support/extension';
import { seedPartial, seedSegment } from './support/seed';

const CONTACTS = [
  { email: 'ana@acme.com', tags: ['salon-2025'], groupIds: [1], status: 'Active' },
  { email: 'ben@acme.com', tags: ['salon-2025'], groupIds: [2], status: 'Replied' },
  { email: 'cleo@beta.com', tags: ['salon-2025'], groupIds: [2], status: 'Active' },
  { email: 'dan@beta.com', tags: ['webinar'], groupIds: [1], status: 'Active' },
  { email: 'eve@gamma.com', tags: [], groupIds: [], status: 'Replied' },
];

test('a segment with an OR group is built, counted live, saved and reopened', async ({ openExtensionPage }) => {
  const manager = await openExtensionPage('options');
  await seedPartial(manager, { contacts: CONTACTS, groups: [{ id: 1, name: 'Clients' }, { id: 2, name: 'Prospects' }] });
  await manager.getByRole('link', { name: 'Segments' }).click();
  await expect(manager.getByText('No segment yet.')).toBeVisible();
  await manager.getByRole('button', { name: 'New segment' }).click();

  const editor = manager.getByTestId('segment-editor');
  const count = editor.getByTestId('segment-live-count');
  // No condition yet: every contact.
  await expect(count).toHaveText('5 contacts');
  await editor.getByLabel('Name').fill('Salon 2025 – hot');

  await editor.getByRole('button', { name: 'Add a condition' }).click();
  const first = editor.getByTestId('condition-0');
  await expect(first.getByLabel('Field')).toHaveValue('tag');
  await expect(first.getByLabel('Test')).toHaveValue('equals');
  await first.getByLabel('Value').fill('salon-2025');
  await expect(count).toHaveText('3 contacts');

  // Either in group Clients, or status Replied.
  await editor.getByRole('button', { name: 'Add an "either… or…" group' }).click();
  const either = editor.getByTestId('condition-1-0');
  await either.getByLabel('Field').selectOption('group');
  await either.getByLabel('Value').selectOption({ label: 'Clients' });
  const or = editor.getByTestId('condition-1-1');
  await or.getByLabel('Field').selectOption('status');
  await or.getByLabel('Value').selectOption({ label: 'Replied' });
  await expect(count).toHaveText('2 contacts');
  await expect(editor.getByTestId('segment-sentence')).toHaveText('Contacts tagged salon-2025 (in group Clients or whose status is Replied)');

  await editor.getByRole('button', { name: 'Save' }).click();
  const item = manager.getByTestId('segment-list').getByRole('listitem').filter({ hasText: 'Salon 2025 – hot' });
  await expect(item.getByTestId('segment-count')).toHaveText('2 contacts');
  await expect(item.getByRole('link', { name: 'Show the contacts' })).toHaveAttribute('href', /#\/contacts\?segment=\d+$/);

  // Exported: exactly the segment's contacts.
  const [download] = await Promise.all([manager.waitForEvent('download'), item.getByRole('button', { name: 'Export as CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^segment-salon-2025-hot-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv).toContain('ana@acme.com');
  expect(csv).toContain('ben@acme.com');
  expect(csv).not.toContain('cleo@beta.com');
  expect(csv.trim().split('\n')).toHaveLength(3);
  await expect(item.getByRole('status')).toHaveText('2 contacts exported.');
  // The same formats as a selection: Excel in French, with its BOM, semicolons and French values.
  const [excel] = await Promise.all([manager.waitForEvent('download'), item.getByRole('button', { name: 'Excel (FR)' }).click()]);
  expect(excel.suggestedFilename()).toMatch(/^segment-salon-2025-hot-\d{4}-\d{2}-\d{2}-excel\.csv$/);
  const excelText = readFileSync((await excel.path())!, 'utf8');
  expect(excelText.startsWith('\uFEFFE-mail;Prénom;Nom;')).toBe(true);
  expect(excelText.trim().split('\n')).toHaveLength(3);
  expect(excelText).toContain(';Actif;');

  // Reopened, it holds the same criteria.
  await item.getByRole('button', { name: 'Edit' }).click();
  await expect(editor.getByLabel('Name')).toHaveValue('Salon 2025 – hot');
  await expect(editor.getByTestId('condition-0').getByLabel('Value')).toHaveValue('salon-2025');
  await expect(editor.getByTestId('condition-1-1').getByLabel('Field')).toHaveValue('status');
  await expect(count).toHaveText('2 contacts');

  // Deleting the segment asks first and leaves the contacts alone.
  await editor.getByRole('button', { name: 'Back to segments' }).click();
  await item.getByRole('button', { name: 'Delete' }).click();
  await expect(item.getByRole('alertdialog')).toContainText('Delete the segment "Salon 2025 – hot"? Its contacts stay in your list.');
  await item.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await expect(manager.getByText('No segment yet.')).toBeVisible();
});

test('an unfinished condition blocks saving and says so', async ({ openExtensionPage }) => {
  const manager = await openExtensionPage('options');
  await manager.goto(manager.url().replace(/#.*$/, '') + '#/segments?new=1');
  const editor = manager.getByTestId('segment-editor');
  await editor.getByLabel('Name').fill('Unfinished');
  await editor.getByRole('button', { name: 'Add a condition' }).click();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByRole('alert')).toHaveText('Some conditions are not finished: fill in the ones marked in red, or remove them.');
  await expect(editor.getByTestId('condition-0')).toHaveAttribute('data-incomplete', 'true');
});

test('a custom field is created, checks its values, serves in a segment, and its deletion says what is lost', async ({ openExtensionPage }) => {
  const manager = await openExtensionPage('options');
  await seedPartial(manager, {
    contacts: [
      { email: 'ana@acme.com', customFields: { budget: 5000 } },
      { email: 'ben@acme.com', customFields: { budget: 800 } },
      { email: 'cleo@beta.com' },
    ],
  });
  await manager.getByRole('link', { name: 'Custom fields' }).click();
  const form = manager.getByTestId('new-field-form');
  await form.getByLabel('Name').fill('Budget');
  await form.getByLabel('Type').selectOption('number');
  await form.getByRole('button', { name: 'Create the field' }).click();
  await expect(form.getByRole('status')).toHaveText('Field "Budget" created.');

  // The same name twice is refused; a choice field needs choices.
  await form.getByLabel('Name').fill('budget');
  await form.getByRole('button', { name: 'Create the field' }).click();
  await expect(form.getByRole('alert')).toHaveText('Another field already has this name.');
  await form.getByLabel('Name').fill('Plan');
  await form.getByLabel('Type').selectOption('choice');
  await form.getByRole('button', { name: 'Create the field' }).click();
  await expect(form.getByRole('alert')).toHaveText('A choice field needs at least one choice.');

  // Values are checked by type.
  const row = manager.getByTestId('field-budget');
  await row.getByText('Try a value').click();
  const input = row.getByLabel('A value for Budget (nothing is saved)');
  await input.fill('twelve');
  await input.press('Enter');
  await expect(row.getByRole('alert')).toHaveText('Enter a number, such as 1200 or 1 200,50.');
  await input.fill('1 200,5');
  await input.press('Enter');
  await expect(input).toHaveValue('1200.5');
  await expect(row.getByRole('alert')).toHaveCount(0);

  // The field is offered in segments, with number tests.
  await manager.getByRole('link', { name: 'Segments' }).click();
  await manager.getByRole('button', { name: 'New segment' }).click();
  const editor = manager.getByTestId('segment-editor');
  await editor.getByRole('button', { name: 'Add a condition' }).click();
  const condition = editor.getByTestId('condition-0');
  await condition.getByLabel('Field').selectOption({ label: 'Budget' });
  await condition.getByLabel('Test').selectOption({ label: 'is more than' });
  await condition.getByLabel('Value').fill('1000');
  await expect(editor.getByTestId('segment-live-count')).toHaveText('1 contact');
  await expect(editor.getByTestId('segment-sentence')).toHaveText('Contacts whose Budget is more than 1,000');

  // Deleting asks first and says how many contacts hold a value.
  await manager.getByRole('link', { name: 'Custom fields' }).click();
  await manager.getByTestId('field-budget').getByRole('button', { name: 'Delete' }).click();
  await expect(manager.getByTestId('field-delete-question')).toHaveText('Delete the field "Budget"? 2 contacts have a value for it; those values will be erased.');
  await manager.getByRole('button', { name: 'Delete the field and its values' }).click();
  await expect(manager.getByTestId('field-budget')).toHaveCount(0);
  await expect(manager.getByTestId('fields-notice')).toHaveText('Field “Budget” deleted; 2 values erased.');
  await expect(manager.getByText('No custom field yet.')).toBeVisible();
});

test('"Show the contacts" opens the table filtered by the segment, with a removable chip', async ({ openExtensionPage }) => {
  const manager = await openExtensionPage('options');
  await seedPartial(manager, { contacts: CONTACTS, groups: [{ id: 1, name: 'Clients' }, { id: 2, name: 'Prospects' }] });
  // A saved segment, written like the editor saves it: tagged salon-2025 and status Active.
  await seedSegment(manager, 'Salon active', {
    type: 'group',
    match: 'all',
    children: [
      { type: 'condition', field: 'tag', op: 'equals', value: 'salon-2025' },
      { type: 'condition', field: 'status', op: 'equals', value: 'Active' },
    ],
  });
  await manager.getByRole('link', { name: 'Segments' }).click();
  const item = manager.getByTestId('segment-list').getByRole('listitem').filter({ hasText: 'Salon active' });
  await item.getByRole('link', { name: 'Show the contacts' }).click();

  await expect(manager).toHaveURL(/#\/contacts\?segment=\d+$/);
  const chip = manager.getByTestId('segment-filter-chip');
  await expect(chip).toContainText('Segment: Salon active');
  await expect(manager.getByTestId('contacts-count')).toHaveText('2 contacts');
  const rows = manager.getByRole('row').filter({ hasText: '@' });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'ana@acme.com' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'cleo@beta.com' })).toHaveCount(1);

  // Removing the chip clears the parameter: every contact again.
  await chip.click();
  await expect(manager).toHaveURL(/#\/contacts$/);
  await expect(chip).toHaveCount(0);
  await expect(manager.getByTestId('contacts-count')).toHaveText('5 contacts');
});
