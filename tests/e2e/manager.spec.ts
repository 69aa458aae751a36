import { readFile } from 'node:fs/promises';
import { expect, test } from './support/extension';
import { contactsPage } from './support/manager';
import { sampleContacts, seedDatabase } from './support/seed';

const PROFILE_URL = 'https://www.linkedin.com/in/jane-doe/';

test.describe('contact manager', () => {
  test('starts empty with a next step, loads marked samples and removes them in one click', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options');
    const contacts = contactsPage(page);
    await expect(page.getByTestId('contacts-empty')).toContainText('No contacts yet');
    await contacts.loadSamples();
    await expect(contacts.rows).toHaveCount(8);
    await expect(page.getByTestId('sample-banner')).toContainText('8 sample contacts are shown');
    await expect(contacts.row('camille.lefevre@example.fr')).toContainText('sample');
    await page.getByRole('button', { name: 'Remove sample contacts' }).click();
    await expect(page.getByTestId('contacts-empty')).toBeVisible();
    await expect(contacts.count).toHaveText('0 contacts');
  });

  test('a base larger than the first read: newest first, every row in place when scrolled, down to the last', async ({ openExtensionPage }) => {
    // The table's first read asks for 50 rows and the rest of its first page follows: rows past it must come, in order.
    const base = sampleContacts(160);
    const page = await openExtensionPage('options');
    await seedDatabase(page, { contacts: base, plan: 'pro' });
    await page.reload();
    const contacts = contactsPage(page);
    await expect(contacts.count).toHaveText('160 contacts');
    const rowOf = (i: number) => contacts.rows.filter({ hasText: base[i]!.email });
    await expect(contacts.rows.first()).toContainText(base[0]!.email);
    for (const index of [49, 50, 75, 99, 100, 159]) {
      await contacts.grid.evaluate((node, top) => node.scrollTo({ top }), index * 40);
      await expect(rowOf(index)).toBeVisible();
      await expect(rowOf(index)).toHaveAttribute('aria-rowindex', String(index + 2));
    }
  });

  test('quick search ignores accents and case, by name, company and email', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options');
    const contacts = contactsPage(page);
    await contacts.loadSamples();
    await contacts.search.fill('ELODIE');
    await expect(contacts.rows).toHaveCount(1);
    await expect(contacts.rows.first()).toContainText('Élodie Martin');
    await contacts.search.fill('northw');
    await expect(contacts.rows).toHaveCount(1);
    await expect(contacts.rows.first()).toContainText('Thomas Nguyen');
    await contacts.search.fill('Sofia.Rossi@example.fr');
    await expect(contacts.rows).toHaveCount(1);
    await expect(contacts.rows.first()).toContainText('Sofia Rossi');
    await contacts.search.fill('nobody-like-this');
    await expect(page.getByTestId('contacts-empty')).toContainText('No contact matches');
    await contacts.search.fill('');
    await expect(contacts.rows).toHaveCount(8);
  });

  test('filter chips combine stage, status and tag, and archived contacts have their own view', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options');
    const contacts = contactsPage(page);
    await contacts.loadSamples();
    const stages = page.getByRole('group', { name: 'Stage' });
    await stages.getByRole('button', { name: 'Qualified' }).click();
    await expect(contacts.count).toHaveText('2 contacts');
    await stages.getByRole('button', { name: 'Won' }).click();
    await expect(contacts.count).toHaveText('3 contacts');
    await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Replied' }).click();
    await expect(contacts.rows).toHaveCount(1);
    await expect(contacts.rows.first()).toContainText('Sofia Rossi');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Filter by tag').fill('vip');
    await page.getByLabel('Filter by tag').press('Enter');
    await expect(contacts.count).toHaveText('2 contacts');
    expect(await contacts.emails()).toEqual(['james.carter@example.com', 'sofia.rossi@example.fr']);

    // Archive one from the drawer: it leaves the active view and appears under "Archived".
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await contacts.row('Hugo Bernard').click();
    await contacts.drawer.getByRole('button', { name: 'Archive' }).click();
    await expect(page.getByTestId('drawer-feedback')).toContainText('Contact archived');
    await page.keyboard.press('Escape');
    await expect(contacts.count).toHaveText('7 contacts');
    await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Archived', exact: true }).click();
    await expect(contacts.rows).toHaveCount(1);
    await expect(contacts.rows.first()).toContainText('Hugo Bernard');
  });

  test('bulk tag on a shift-click selection, then select all matching', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options');
    const contacts = contactsPage(page);
    await contacts.loadSamples();
    await contacts.search.fill('example.fr');
    await expect(contacts.count).toHaveText('4 contacts');
    await contacts.search.fill('');
    await expect(contacts.rows).toHaveCount(8);
    // Sort by email so the range is predictable.
    await page.getByRole('button', { name: 'Email' }).click();
    await expect(page.getByRole('columnheader', { name: 'Email' })).toHaveAttribute('aria-sort', 'ascending');
    const boxes = contacts.rows.getByRole('checkbox');
    await boxes.nth(1).click();
    await boxes.nth(3).click({ modifiers: ['Shift'] });
    await expect(page.getByTestId('selection-count')).toHaveText('3 selected');
    const chosen = (await contacts.rows.locator('[role=gridcell]:nth-child(3)').allTextContents()).slice(1, 4);
    await contacts.bulk.getByLabel('Tag', { exact: true }).fill('hot');
    await contacts.bulk.getByRole('button', { name: 'Add tag' }).click();
    await expect(page.getByTestId('bulk-feedback')).toHaveText('Done: 3 contacts changed.');
    await page.getByLabel('Filter by tag').fill('hot');
    await page.getByLabel('Filter by tag').press('Enter');
    await expect(contacts.count).toHaveText('3 contacts');
    expect(await contacts.emails()).toEqual(chosen.sort());

    // "Select all matching" takes every contact of the filter, then a stage for all of them.
    await page.getByLabel('Select every contact matching the filters').check();
    await expect(page.getByTestId('selection-count')).toHaveText('3 selected');
    await contacts.bulk.getByLabel('Set stage…').selectOption('Won');
    await expect(page.getByTestId('bulk-feedback')).toContainText('changed');
    await expect(contacts.rows.filter({ hasText: 'Won' })).toHaveCount(3);
    await contacts.rows.first().click();
    await expect(contacts.drawer.getByTestId('contact-history')).toContainText('Stage changed');
  });

  test('exports the selection as CSV, only the selected contacts', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options');
    const contacts = contactsPage(page);
    await contacts.loadSamples();
    await expect(contacts.rows).toHaveCount(8);
    await page.getByRole('button', { name: 'Email' }).click();
    const boxes = contacts.rows.getByRole('checkbox');
    await boxes.nth(0).click();
    await boxes.nth(1).click({ modifiers: ['Shift'] });
    await expect(page.getByTestId('selection-count')).toHaveText('2 selected');
    const chosen = (await contacts.rows.locator('[role=gridcell]:nth-child(3)').allTextContents()).slice(0, 2);
    const [download] = await Promise.all([page.waitForEvent('download'), contacts.bulk.getByRole('button', { name: 'Export CSV' }).click()]);
    await expect(page.getByTestId('bulk-feedback')).toHaveText('2 contacts exported.');
    const text = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const lines = text.trim().split(/\r?\n/);
    expect(lines).toHaveLength(3);
    for (const email of chosen) expect(text).toContain(email);
  });

  test('keyboard: rows are reachable, selectable and open with Enter; Escape closes and returns focus', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options');
    const contacts = contactsPage(page);
    await contacts.loadSamples();
    await contacts.grid.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await page.keyboard.press('Shift+ArrowDown');
    await expect(page.getByTestId('selection-count')).toHaveText('2 selected');
    await expect(contacts.rows.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(contacts.rows.nth(2)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(contacts.drawer).toBeVisible();
    await expect(contacts.drawer.getByLabel('Email')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(contacts.drawer).toBeHidden();
    await expect(contacts.grid).toBeFocused();
  });

  test('editing refuses an invalid email and a duplicate with a clear message, and saves a valid edit', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options');
    const contacts = contactsPage(page);
    await contacts.loadSamples();
    await contacts.row('Camille Lefèvre').click();
    const email = contacts.drawer.getByLabel('Email');
    await expect(email).toHaveValue('camille.lefevre@example.fr');
    await email.fill('camille@atelier');
    await contacts.drawer.getByRole('button', { name: 'Save' }).click();
    await expect(contacts.drawer.getByRole('alert')).toHaveText('The domain needs a dot, as in "acme.com".');
    await expect(page.getByTestId('drawer-feedback')).toHaveText('Nothing was saved: correct the fields marked in red.');
    await expect(contacts.row('camille.lefevre@example.fr')).toHaveCount(1);

    await email.fill('thomas.nguyen@example.com');
    await contacts.drawer.getByRole('button', { name: 'Save' }).click();
    await expect(contacts.drawer.getByRole('alert')).toHaveText('Another contact already has this email.');

    await email.fill('Camille@Atelier-Lumiere.fr');
    await contacts.drawer.getByLabel('Job title').fill('Directrice générale');
    await contacts.drawer.getByLabel('Tags').fill('salon-lyon');
    await contacts.drawer.getByLabel('Tags').press('Enter');
    await contacts.drawer.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('drawer-feedback')).toHaveText('Changes saved.');
    await expect(contacts.drawer.getByTestId('contact-history')).toContainText('Directrice commerciale → Directrice générale');
    await page.keyboard.press('Escape');
    await expect(contacts.row('camille@atelier-lumiere.fr')).toContainText('salon-lyon');
  });

  test('a new contact by hand, and its manual source', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options');
    const contacts = contactsPage(page);
    await page.getByRole('button', { name: 'New contact' }).first().click();
    await contacts.drawer.getByLabel('Email').fill('no-at-sign');
    await contacts.drawer.getByRole('button', { name: 'Add contact' }).click();
    await expect(contacts.drawer.getByRole('alert')).toHaveText('An email address needs an "@".');
    // A likely typo of a common domain is pointed out, with a one-click fix.
    await contacts.drawer.getByLabel('Email').fill('marie.curie@gmial.com');
    await expect(contacts.drawer.getByTestId('email-quality')).toContainText('Did you mean marie.curie@gmail.com?');
    await contacts.drawer.getByTestId('email-quality').getByRole('button', { name: 'Use it' }).click();
    await expect(contacts.drawer.getByLabel('Email')).toHaveValue('marie.curie@gmail.com');
    await expect(contacts.drawer.getByTestId('email-quality')).toHaveCount(0);
    await contacts.drawer.getByLabel('Email').fill('marie.curie@example.org');
    await contacts.drawer.getByLabel('First name').fill('Marie');
    await contacts.drawer.getByLabel('Company').fill('Radium & Co');
    await contacts.drawer.getByRole('button', { name: 'Add contact' }).click();
    await expect(contacts.drawer.getByTestId('contact-source')).toContainText('Entered by hand');
    await page.keyboard.press('Escape');
    await expect(contacts.rows).toHaveCount(1);
    await expect(contacts.rows.first()).toContainText('Radium & Co');
  });

  test('a capture in another tab appears live in the open manager', async ({ context, servePage, openExtensionPage, tabIdOf }) => {
    const manager = await openExtensionPage('options');
    const contacts = contactsPage(manager);
    await expect(manager.getByTestId('contacts-empty')).toBeVisible();

    await servePage(PROFILE_URL, 'linkedin/classic-profile.html');
    const linkedin = await context.newPage();
    await linkedin.goto(PROFILE_URL);
    const popup = await openExtensionPage('popup', { tabId: await tabIdOf(linkedin) });
    await popup.getByTestId('capture-card').getByLabel('Email').fill('jane.doe@acme-robotics.com');
    await popup.getByTestId('capture-card').getByLabel('Email').press('Enter');
    await expect(popup.getByTestId('capture-feedback')).toHaveText('Saved to your contacts.');

    await expect(contacts.rows).toHaveCount(1);
    await expect(contacts.rows.first()).toContainText('jane.doe@acme-robotics.com');
    await expect(contacts.count).toHaveText('1 contact');
    await contacts.rows.first().click();
    await expect(contacts.drawer.getByTestId('contact-source')).toContainText(PROFILE_URL.replace(/\/$/, ''));
  });

  test('groups: create, rename, recolor, fill from a selection, filter, delete keeping contacts', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options');
    const contacts = contactsPage(page);
    await contacts.loadSamples();
    await page.getByRole('link', { name: 'Groups and tags' }).click();
    await page.getByLabel('New group name').fill('Salon Lyon');
    await page.getByRole('button', { name: 'Create group' }).click();
    await expect(page.getByTestId('groups-feedback')).toHaveText('Group "Salon Lyon" created.');
    await page.getByLabel('New group name').fill('salon lyon');
    await page.getByRole('button', { name: 'Create group' }).click();
    await expect(page.getByTestId('groups-feedback')).toHaveText('A group with this name already exists. Choose another name.');
    await page.getByRole('button', { name: 'Edit group Salon Lyon' }).click();
    await page.getByTestId('group-row').getByLabel('Group name').fill('Salon Lyon 2025');
    await page.getByTestId('group-row').getByRole('radio', { name: 'Color 5' }).focus();
    await page.keyboard.press('Space');
    await page.getByTestId('group-row').getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('group-row')).toContainText('Salon Lyon 2025');
    await expect(page.getByTestId('group-row').locator('span.rounded-full').first()).toHaveCSS('background-color', 'rgb(239, 68, 68)');

    await page.getByRole('link', { name: 'Contacts', exact: true }).click();
    await page.getByLabel('Select every contact matching the filters').check();
    await contacts.bulk.getByLabel('Group…').selectOption({ label: 'Salon Lyon 2025' });
    await contacts.bulk.getByRole('button', { name: 'Add to group' }).click();
    await expect(page.getByTestId('bulk-feedback')).toHaveText('Done: 8 contacts changed.');
    await contacts.bulk.getByRole('button', { name: 'Clear selection' }).click();
    await contacts.row('Lucas Moreau').getByRole('checkbox').click();
    await contacts.bulk.getByLabel('Group…').selectOption({ label: 'Salon Lyon 2025' });
    await contacts.bulk.getByRole('button', { name: 'Remove from group' }).click();
    await expect(page.getByTestId('bulk-feedback')).toHaveText('Done: 1 contact changed.');
    await page.getByRole('group', { name: 'Groups, tags' }).getByRole('button', { name: 'Salon Lyon 2025' }).click();
    await expect(contacts.count).toHaveText('7 contacts');

    await page.getByRole('link', { name: 'Groups and tags' }).click();
    await expect(page.getByTestId('group-row')).toContainText('7 contacts');
    await page.getByRole('button', { name: 'Delete group Salon Lyon 2025' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete group' }).click();
    await expect(page.getByTestId('groups-feedback')).toHaveText('Group "Salon Lyon 2025" deleted; 7 contacts left it.');
    await page.getByRole('link', { name: 'Contacts', exact: true }).click();
    await expect(contacts.count).toHaveText('8 contacts');
  });

  test('tags: rename everywhere and merge into an existing tag', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options');
    const contacts = contactsPage(page);
    await contacts.loadSamples();
    await page.getByRole('link', { name: 'Groups and tags' }).click();
    await page.getByLabel('New name for tag salon-2025').fill('Salon 2025');
    await page.getByTestId('tag-row').filter({ hasText: 'salon-2025' }).getByRole('button', { name: 'Rename' }).click();
    await expect(page.getByTestId('tags-feedback')).toHaveText('Tag "salon-2025" renamed to "Salon 2025" on 2 contacts.');
    await page.getByLabel('New name for tag vip').fill('Salon 2025');
    await page.getByTestId('tag-row').filter({ hasText: 'vip' }).getByRole('button', { name: 'Merge' }).click();
    await expect(page.getByTestId('tags-feedback')).toHaveText('Tag "vip" merged into "Salon 2025" on 2 contacts.');
    await expect(page.getByTestId('tag-row').filter({ hasText: 'Salon 2025' })).toContainText('4 contacts');
    await expect(page.getByTestId('tag-row').filter({ hasText: 'vip' })).toHaveCount(0);
  });

  test('the manager speaks French when asked', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options');
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('link', { name: 'Contacts', exact: true }).click();
    await expect(page.getByText('Aucun contact pour l\'instant')).toBeVisible();
    await page.getByRole('button', { name: 'Charger des contacts d\'exemple' }).click();
    await expect(page.getByTestId('contacts-count')).toHaveText('8 contacts');
    await expect(page.getByRole('searchbox', { name: 'Rechercher des contacts par nom, email ou entreprise' })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'Sofia Rossi' })).toContainText('Gagné');
  });
});
