import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { readWhere, SAMPLE_GROUPS, sampleContacts, seedDatabase, seedSegment } from './support/seed';
import type { Contact, HistoryEntry, Stage } from '../../lib/model';

const PROFILE_URL = 'https://www.linkedin.com/in/jane-doe/';

/** 60 contacts spread over the pipeline. */
const CONTACTS = sampleContacts(60);
const countIn = (stage: Stage, keep: (c: (typeof CONTACTS)[number]) => boolean = () => true) =>
  CONTACTS.filter((c) => c.stage === stage && keep(c)).length;

async function openBoard(openExtensionPage: (name: 'sidepanel') => Promise<Page>, contacts = CONTACTS): Promise<Page> {
  const panel = await openExtensionPage('sidepanel');
  await expect(panel.getByTestId('board')).toBeVisible();
  await seedDatabase(panel, { contacts, groups: SAMPLE_GROUPS });
  await panel.reload();
  const leads = contacts.filter((c) => c.stage === 'Lead').length;
  await expect(panel.getByTestId('column-Lead').getByTestId('column-count')).toHaveText(String(leads));
  return panel;
}

const tabCount = (panel: Page, stage: Stage) => panel.getByTestId(`stage-tab-${stage}`).getByTestId('stage-count');
const card = (panel: Page, stage: Stage, name: string) => panel.getByTestId(`column-${stage}`).getByTestId('board-card').filter({ hasText: name });

/**
 * Space on a card's handle picks it up. dnd-kit's keyboard sensor starts
 * listening for the arrow keys only in a setTimeout after the pick-up (so the
 * Space that started the drag does not also end it), and Chromium runs a
 * pending key press before a pending timer: an arrow pressed as soon as the
 * pick-up is announced can be lost. A timer set after the announcement runs
 * after the sensor's.
 */
async function pickUp(panel: Page, handle: Locator, announced: string) {
  await handle.focus();
  await panel.keyboard.press('Space');
  await expect(panel.getByRole('status').filter({ hasText: announced })).toBeAttached();
  await panel.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
}

async function stageHistory(panel: Page, email: string): Promise<HistoryEntry[]> {
  const [contact] = await readWhere<Contact>(panel, 'contacts', 'email', email);
  const entries = await readWhere<HistoryEntry>(panel, 'history', 'contactId', contact!.id);
  return entries.filter((entry) => entry.kind === 'stage');
}

test('columns show their counts and the first page, and page further on demand', async ({ openExtensionPage }) => {
  // 40 leads: more than one page of 25.
  const many = sampleContacts(40, { stageOf: () => 'Lead' });
  const panel = await openBoard(openExtensionPage, many);
  const lead = panel.getByTestId('column-Lead');
  await expect(lead.getByTestId('column-count')).toHaveText('40');
  await expect(tabCount(panel, 'Lead')).toHaveText('40');
  await expect(tabCount(panel, 'Won')).toHaveText('0');
  await expect(panel.getByTestId('column-Won')).toContainText('No contact in Won.');
  // Newest first; more cards arrive when the end of the list is reached.
  await expect(lead.getByTestId('board-card').first()).toContainText('Camille Martin');
  await lead.getByTestId('column-more').scrollIntoViewIfNeeded();
  await expect(lead.getByTestId('board-card')).toHaveCount(40);
  await expect(lead.getByTestId('column-more')).toHaveCount(0);
});

test('dragging a card to Won with the mouse moves it, updates the counts and records the history', async ({ openExtensionPage }) => {
  const panel = await openBoard(openExtensionPage);
  const moving = card(panel, 'Lead', 'Camille Martin');
  const from = (await moving.boundingBox())!;
  const target = (await panel.getByTestId('stage-tab-Won').boundingBox())!;
  await panel.mouse.move(from.x + 12, from.y + from.height - 6);
  await panel.mouse.down();
  await panel.mouse.move(from.x + 30, from.y + 30, { steps: 4 });
  await panel.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 8 });
  await panel.mouse.up();

  await expect(card(panel, 'Won', 'Camille Martin')).toBeVisible();
  await expect(card(panel, 'Lead', 'Camille Martin')).toHaveCount(0);
  await expect(tabCount(panel, 'Won')).toHaveText(String(countIn('Won') + 1));
  await expect(tabCount(panel, 'Lead')).toHaveText(String(countIn('Lead') - 1));
  await expect.poll(() => stageHistory(panel, CONTACTS[0]!.email)).toEqual([
    expect.objectContaining({ kind: 'stage', origin: 'board', changes: { stage: ['Lead', 'Won'] } }),
  ]);
  // The move survives a reload: it is in the database (the card and the stored counts), not only on screen.
  await panel.reload();
  await expect(card(panel, 'Won', 'Camille Martin')).toBeVisible();
  await expect(tabCount(panel, 'Won')).toHaveText(String(countIn('Won') + 1));
  await expect(tabCount(panel, 'Lead')).toHaveText(String(countIn('Lead') - 1));
});

test('a card moves to Won with the keyboard alone, announced to screen readers', async ({ openExtensionPage }) => {
  const panel = await openBoard(openExtensionPage);
  const handle = card(panel, 'Lead', 'Camille Martin').getByRole('button', { name: 'Move Camille Martin (now in Lead)' });
  await pickUp(panel, handle, 'Picked up Camille Martin, in Lead.');
  // Each key waits for the previous one's announcement: the sensor reacts asynchronously.
  for (const stage of ['Qualified', 'Proposal', 'Negotiation', 'Won']) {
    await panel.keyboard.press('ArrowRight');
    await expect(panel.getByRole('status').filter({ hasText: `Camille Martin is over ${stage}.` })).toBeAttached();
  }
  await panel.keyboard.press('Space');

  await expect(card(panel, 'Won', 'Camille Martin')).toBeVisible();
  await expect(panel.getByRole('status').filter({ hasText: 'Camille Martin moved to Won.' })).toBeAttached();
  await expect(tabCount(panel, 'Won')).toHaveText(String(countIn('Won') + 1));
  await expect.poll(() => stageHistory(panel, CONTACTS[0]!.email)).toEqual([
    expect.objectContaining({ changes: { stage: ['Lead', 'Won'] } }),
  ]);

  // Escape cancels: nothing moves and nothing is recorded.
  const next = card(panel, 'Lead', 'Julien Simon').getByRole('button', { name: /^Move Julien Simon/ });
  await pickUp(panel, next, 'Picked up Julien Simon, in Lead.');
  await panel.keyboard.press('ArrowRight');
  await expect(panel.getByRole('status').filter({ hasText: 'Julien Simon is over' })).toBeAttached();
  await panel.keyboard.press('Escape');
  await expect(panel.getByRole('status').filter({ hasText: 'Move cancelled: Julien Simon stays in Lead.' })).toBeAttached();
  await expect(card(panel, 'Lead', 'Julien Simon')).toBeVisible();
  expect(await stageHistory(panel, CONTACTS[1]!.email)).toEqual([]);
});

test('the board filters by tag and by group, and a filtered board stays live', async ({ openExtensionPage }) => {
  const panel = await openBoard(openExtensionPage);
  await panel.getByLabel('Tag', { exact: true }).selectOption('fintech');
  const fintech = (c: (typeof CONTACTS)[number]) => c.tags.includes('fintech');
  for (const stage of ['Lead', 'Qualified', 'Won'] as const) {
    await expect(tabCount(panel, stage)).toHaveText(String(countIn(stage, fintech)));
  }
  await expect(panel.getByTestId('column-Lead').getByTestId('board-card')).toHaveCount(countIn('Lead', fintech));

  // Tagging a lead in the popup adds it to the filtered board at once.
  const popup = await openExtensionPage('popup');
  await popup.getByRole('button', { name: 'Edit Camille Martin' }).click();
  await popup.getByPlaceholder('Add a tag').fill('fintech');
  await popup.getByPlaceholder('Add a tag').press('Enter');
  await expect(tabCount(panel, 'Lead')).toHaveText(String(countIn('Lead', fintech) + 1));
  await expect(card(panel, 'Lead', 'Camille Martin')).toBeVisible();

  await panel.getByLabel('Group', { exact: true }).selectOption({ label: 'Île-de-France' });
  const both = (c: (typeof CONTACTS)[number]) => (fintech(c) || c === CONTACTS[0]) && c.groupIds.includes(1);
  await expect(tabCount(panel, 'Lead')).toHaveText(String(countIn('Lead', both)));

  await panel.getByRole('button', { name: 'Clear filters' }).click();
  await panel.getByLabel('Group', { exact: true }).selectOption({ label: 'Key accounts' });
  await expect(tabCount(panel, 'Lead')).toHaveText(String(countIn('Lead', (c) => c.groupIds.includes(2))));
  await expect(tabCount(panel, 'Proposal')).toHaveText(String(countIn('Proposal', (c) => c.groupIds.includes(2))));
});

test('a card opens its contact in the manager', async ({ context, openExtensionPage, extensionId }) => {
  const panel = await openBoard(openExtensionPage);
  const [contact] = await readWhere<Contact>(panel, 'contacts', 'email', CONTACTS[0]!.email);
  const opened = context.waitForEvent('page');
  await card(panel, 'Lead', 'Camille Martin').getByRole('button', { name: 'Open Camille Martin in the manager' }).click();
  const manager = await opened;
  await expect(manager).toHaveURL(`chrome-extension://${extensionId}/options.html#/contacts?contact=${contact!.id}`);
  // The link is read: the contact itself opens, not just the table.
  await expect(manager.getByTestId('contact-drawer').getByRole('heading', { name: 'Camille Martin' })).toBeVisible();
});

test('a capture in another tab shows up on the board at once', async ({ context, servePage, openExtensionPage, tabIdOf }) => {
  const panel = await openBoard(openExtensionPage);
  await servePage(PROFILE_URL, 'linkedin/classic-profile.html');
  const linkedin = await context.newPage();
  await linkedin.goto(PROFILE_URL);
  const popup = await openExtensionPage('popup', { tabId: await tabIdOf(linkedin) });
  await popup.getByLabel('Email').fill('jane.doe@acme-robotics.com');
  await popup.getByLabel('Email').press('Enter');
  await expect(popup.getByTestId('capture-feedback')).toHaveText('Saved to your contacts.');

  await expect(tabCount(panel, 'Lead')).toHaveText(String(countIn('Lead') + 1));
  await expect(panel.getByTestId('column-Lead').getByTestId('board-card').first()).toContainText('Jane Doe');
});

test('an empty board says how to fill it', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel');
  await expect(panel.getByTestId('board-empty')).toContainText('Your pipeline is empty.');
  await expect(tabCount(panel, 'Lead')).toHaveText('0');
});

test('the board speaks French when the setting says so', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel');
  await expect(panel.getByTestId('board')).toBeVisible();
  await seedDatabase(panel, { contacts: CONTACTS.slice(0, 3), locale: 'fr' });
  await panel.reload();
  await expect(panel.getByRole('tab', { name: 'Sur cette page' })).toBeVisible();
  await expect(panel.getByTestId('stage-tab-Won')).toHaveAccessibleName('Gagné\u202f: 0 contact');
  await expect(panel.getByTestId('column-Won')).toContainText('Aucun contact en Gagné.');
  await expect(panel.getByRole('button', { name: 'Déplacer Camille Martin (actuellement en Lead)' })).toBeVisible();
});

test('the board filters by a saved segment: only its contacts in the columns and the counts', async ({ openExtensionPage }) => {
  const panel = await openBoard(openExtensionPage);
  const other = CONTACTS.map((c) => c.tags[0]!).find((tag) => tag !== 'fintech')!;
  const inSegment = (c: (typeof CONTACTS)[number]) => c.tags.includes('fintech') || c.tags.includes(other);
  // Saved like the segment editor saves it: tagged fintech, or tagged with another tag.
  await seedSegment(panel, 'Two tags', {
    type: 'group',
    match: 'any',
    children: ['fintech', other].map((value) => ({ type: 'condition', field: 'tag', op: 'equals', value })),
  });
  await panel.reload();
  await expect(panel.getByTestId('column-Lead').getByTestId('column-count')).toHaveText(String(countIn('Lead')));

  await panel.getByLabel('Segment', { exact: true }).selectOption({ label: 'Two tags' });
  expect(countIn('Lead', inSegment)).toBeLessThan(countIn('Lead'));
  for (const stage of ['Lead', 'Qualified', 'Proposal', 'Won'] as const) {
    await expect(tabCount(panel, stage)).toHaveText(String(countIn(stage, inSegment)));
  }
  const leads = panel.getByTestId('column-Lead').getByTestId('board-card');
  await expect(leads).toHaveCount(countIn('Lead', inSegment));
  const outside = CONTACTS.find((c) => c.stage === 'Lead' && !inSegment(c))!;
  await expect(card(panel, 'Lead', `${outside.firstName} ${outside.lastName}`)).toHaveCount(0);

  await panel.getByRole('button', { name: 'Clear filters' }).click();
  await expect(tabCount(panel, 'Lead')).toHaveText(String(countIn('Lead')));
});
