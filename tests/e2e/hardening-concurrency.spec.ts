import type { Page } from '@playwright/test';
import { contentWorld, sendFromExtensionPage, type WireAnswer } from '../hardening/content-world';
import { readStore } from '../hardening/idb';
import type { UpsertResult } from '../../lib/contacts/repository';
import type { Contact } from '../../lib/model';
import { expect, test } from './support/extension';

const FEED = 'https://www.linkedin.com/feed/';

test('twenty tabs saving the same email at the same moment make one contact', async ({ context, servePage, extensionId, serviceWorker }) => {
  test.setTimeout(60_000);
  await servePage(FEED, 'linkedin/second-profile.html');
  const worlds = await Promise.all(
    Array.from({ length: 20 }, async () => {
      const page = await context.newPage();
      await page.goto(FEED);
      return contentWorld(page, extensionId);
    }),
  );
  // Every tab waits for the same instant, then captures: the background gets twenty at once.
  const at = Date.now() + 500;
  const answers = await Promise.all(
    worlds.map((world, i) =>
      world.evaluate<WireAnswer<UpsertResult>>(`new Promise((r) => setTimeout(r, ${at} - Date.now())).then(() => new Promise((resolve) =>
        chrome.runtime.sendMessage({ id: ${i}, type: 'captureContact', timestamp: Date.now(), data: {
          email: ' Same.Person@Acme-Robotics.com ', firstName: 'Same', lastName: 'Person', title: 'Title from tab ${i}',
          source: { method: 'linkedin', where: location.href, at: Date.now() } } }, resolve)))`),
    ),
  );
  expect(answers.map((a) => a.err)).toEqual(Array(20).fill(undefined));
  const outcomes = answers.map((a) => a.res?.outcome);
  expect(outcomes.filter((o) => o === 'created')).toHaveLength(1);
  expect(outcomes.filter((o) => o === 'updated' || o === 'unchanged')).toHaveLength(19);

  const contacts = await readStore<Contact>(serviceWorker, 'contacts');
  expect(contacts.map((c) => c.email)).toEqual(['same.person@acme-robotics.com']);
  const history = await readStore<{ kind: string }>(serviceWorker, 'history');
  expect(history.map((h) => h.kind).sort()).toEqual(['captured', ...Array(19).fill('recaptured')]);
});

test('two pages editing different fields of one contact at once lose neither', async ({ openExtensionPage, serviceWorker }) => {
  const first = await openExtensionPage('options');
  const second = await openExtensionPage('options');
  const created = await sendFromExtensionPage<UpsertResult>(first, 'createContact', {
    email: 'shared@acme-robotics.com',
    source: { method: 'manual', where: 'manual', at: Date.now() },
  });
  if (created.res?.outcome !== 'created') throw new Error(`setup: ${JSON.stringify(created)}`);
  const id = created.res.contact.id;

  const edit = (page: Page, patch: Record<string, string>) => sendFromExtensionPage<Contact>(page, 'updateContact', { id, patch });
  for (let round = 0; round < 10; round++) {
    const [a, b] = await Promise.all([edit(first, { firstName: `First ${round}` }), edit(second, { company: `Company ${round}` })]);
    expect([a.err, b.err]).toEqual([undefined, undefined]);
    const [stored] = await readStore<Contact>(serviceWorker, 'contacts');
    expect(stored).toMatchObject({ firstName: `First ${round}`, company: `Company ${round}` });
    expect(stored!.editedFields.sort()).toEqual(['company', 'firstName']);
  }
});
