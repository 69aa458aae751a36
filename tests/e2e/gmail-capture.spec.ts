import { expect, test } from './support/extension';
import { GMAIL, openThreadInPlace, readContact } from './support/gmail';

const PARTNERSHIP = 'FMfcgzQZTzwJkSmsKqdXbLlqhZnVqKrN';
const COLD = 'FMfcgzQZTzwJkSmsKqdXbLlqhZnCOLDx';
const BOUNCE = 'FMfcgzQZTzwJkSmsKqdXbLlqhZnBNCEx';

test('Gmail: the people of the open thread are listed, saved one by one and all at once', async ({ context, servePage, openExtensionPage, tabIdOf }) => {
  await servePage(GMAIL, 'gmail/thread-partnership.html');
  const gmail = await context.newPage();
  await gmail.goto(`${GMAIL}#inbox/${PARTNERSHIP}`);
  const popup = await openExtensionPage('popup', { tabId: await tabIdOf(gmail) });
  const card = popup.getByTestId('gmail-card');
  // The owner, the no-reply sender and the thread list behind the thread are not offered.
  await expect(card.getByTestId('gmail-person')).toHaveCount(5);
  await expect(card).not.toContainText('claire.martin@fluenzr-demo.fr');
  const marc = card.locator('[data-email="marc.lefevre@exemple-sa.fr"]');
  await expect(marc).toContainText('Directeur des achats · Exemple SA');
  await expect(marc).toContainText('+33 6 12 34 56 78');
  await expect(card.locator('[data-email="contact@exemple-sa.fr"]')).toContainText('Shared mailbox');

  await card.getByRole('button', { name: 'Save Jane Doe' }).click();
  await expect(popup.getByTestId('gmail-feedback')).toHaveText('jane.doe@acme-robotics.com saved to your contacts.');
  await expect(card.locator('[data-email="jane.doe@acme-robotics.com"]').getByTestId('gmail-known')).toHaveText('In your contacts · Active');
  expect(await readContact(popup, 'jane.doe@acme-robotics.com')).toMatchObject({
    firstName: 'Jane',
    lastName: 'Doe',
    title: 'Head of Sales',
    company: 'Acme Robotics',
    phone: '+1 415 555 0132',
    source: { method: 'gmail', where: `${GMAIL}#inbox/${PARTNERSHIP}` },
  });

  await card.getByRole('button', { name: 'Save all (5)' }).click();
  await expect(popup.getByTestId('gmail-feedback')).toHaveText('5 saved to your contacts.');
  await expect(card.getByTestId('gmail-known')).toHaveCount(5);
  expect(await readContact(popup, 'marc.lefevre@exemple-sa.fr')).toMatchObject({ firstName: 'Marc', lastName: 'Lefèvre', company: 'Exemple SA', source: { method: 'gmail' } });
  await expect(popup.getByTestId('plan-usage')).toHaveText('5 / 300 contacts');
});

test('Gmail: a reply sets Replied and can be undone; a bounce sets Bounced', async ({ context, servePage, openExtensionPage, tabIdOf }) => {
  await servePage(GMAIL, 'gmail/thread-cold.html');
  const gmail = await context.newPage();
  await gmail.goto(`${GMAIL}#inbox/${COLD}`);
  const sidepanel = await openExtensionPage('sidepanel', { tabId: await tabIdOf(gmail) });
  // Where the side panel has views (board / "On this page"), open "On this page".
  const view = sidepanel.getByRole('tab', { name: 'On this page' });
  await expect(view.or(sidepanel.getByTestId('gmail-card'))).toBeVisible();
  if (await view.isVisible()) await view.click();
  await sidepanel.getByRole('button', { name: 'Save all (2)' }).click();
  await expect(sidepanel.getByTestId('gmail-feedback')).toHaveText('2 saved to your contacts.');

  // Jane answers: Gmail shows the thread with her reply.
  await openThreadInPlace(gmail, 'gmail/thread-partnership.html', `#inbox/${PARTNERSHIP}`);
  const changes = sidepanel.getByTestId('status-changes');
  await expect(changes.getByTestId('status-change')).toHaveText(['Jane Doe: Active → RepliedUndo']);
  await expect(sidepanel.locator('[data-email="jane.doe@acme-robotics.com"]').getByTestId('gmail-known')).toHaveText('In your contacts · Replied');
  expect((await readContact(sidepanel, 'jane.doe@acme-robotics.com'))?.status).toBe('Replied');

  await changes.getByRole('button', { name: 'Undo the status change of Jane Doe' }).click();
  await expect(sidepanel.getByTestId('status-feedback')).toHaveText('Status of jane.doe@acme-robotics.com restored to Active.');
  await expect(sidepanel.getByTestId('status-change')).toHaveCount(0);
  // Seeing the same thread again (from another label) does not redo what the user undid.
  await gmail.evaluate((id) => (location.hash = `#all/${id}`), PARTNERSHIP);
  await tabIdOf(gmail);
  expect((await readContact(sidepanel, 'jane.doe@acme-robotics.com'))?.status).toBe('Active');

  // Olivier's address bounces.
  await openThreadInPlace(gmail, 'gmail/bounce-gmail.html', `#inbox/${BOUNCE}`);
  await expect(sidepanel.getByTestId('gmail-bounces')).toHaveText('Delivery failed for olivier.roux@exemple-sa.fr.');
  await expect(sidepanel.getByTestId('status-change')).toHaveText(['Olivier Roux: Active → BouncedUndo']);
  expect((await readContact(sidepanel, 'olivier.roux@exemple-sa.fr'))?.status).toBe('Bounced');
});

test('Gmail: with automatic statuses turned off in Settings, a bounce changes nothing', async ({ context, servePage, openExtensionPage, tabIdOf }) => {
  await servePage(GMAIL, 'gmail/thread-cold.html');
  const gmail = await context.newPage();
  await gmail.goto(`${GMAIL}#inbox/${COLD}`);
  const popup = await openExtensionPage('popup', { tabId: await tabIdOf(gmail) });
  await popup.getByRole('button', { name: 'Save all (2)' }).click();
  await expect(popup.getByTestId('gmail-feedback')).toHaveText('2 saved to your contacts.');

  const options = await openExtensionPage('options');
  await options.getByRole('link', { name: 'Settings' }).click();
  const toggle = options.getByLabel(/Update statuses from Gmail automatically/);
  await expect(toggle).toBeChecked();
  await toggle.click(); // saved through the background, then re-read live
  await expect(toggle).not.toBeChecked();

  await openThreadInPlace(gmail, 'gmail/bounce-gmail.html', `#inbox/${BOUNCE}`);
  await expect(popup.getByTestId('gmail-bounces')).toContainText('Automatic statuses are off (Settings).');
  await tabIdOf(gmail);
  expect((await readContact(popup, 'olivier.roux@exemple-sa.fr'))?.status).toBe('Active');
});
