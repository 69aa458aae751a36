import type { Page } from '@playwright/test';
import type { WireAnswer } from '../hardening/content-world';
import { callService, installService } from '../hardening/page-service';
import { readStore } from '../hardening/idb';
import type { UpsertResult } from '../../lib/contacts/repository';
import type { Contact } from '../../lib/model';
import { expect, test } from './support/extension';

const FEED = 'https://www.linkedin.com/feed/';

test('twenty saves of the same email at the same moment, from four pages, make one contact', async ({ openExtensionPage, serviceWorker }) => {
  test.setTimeout(60_000);
  // Saves run in extension pages (the popup, the side panel), each in its own transaction: content scripts only report.
  const pages = await Promise.all(Array.from({ length: 4 }, () => openExtensionPage('popup')));
  await Promise.all(pages.map((page) => installService(page)));
  // Every page waits for the same instant, then saves five: twenty writers meet in IndexedDB at once.
  const at = Date.now() + 500;
  const answers = (
    await Promise.all(
      pages.map((page, p) =>
        page.evaluate(`new Promise((r) => setTimeout(r, ${at} - Date.now())).then(() => Promise.all([0, 1, 2, 3, 4].map((j) =>
          __fluenzrService.captureContact({
            email: ' Same.Person@Acme-Robotics.com ', firstName: 'Same', lastName: 'Person', title: 'Title from page ${p}, save ' + j,
            source: { method: 'linkedin', where: '${FEED}', at: Date.now() } }).then((res) => ({ res }), (e) => ({ err: { message: e.message } })))))`) as Promise<Array<WireAnswer<UpsertResult>>>,
      ),
    )
  ).flat();
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
  const created = await callService<UpsertResult>(first, 'createContact', {
    email: 'shared@acme-robotics.com',
    source: { method: 'manual', where: 'manual', at: Date.now() },
  });
  if (created.res?.outcome !== 'created') throw new Error(`setup: ${JSON.stringify(created)}`);
  const id = created.res.contact.id;

  const edit = (page: Page, patch: Record<string, string>) => callService<Contact>(page, 'updateContact', { id, patch });
  for (let round = 0; round < 10; round++) {
    const [a, b] = await Promise.all([edit(first, { firstName: `First ${round}` }), edit(second, { company: `Company ${round}` })]);
    expect([a.err, b.err]).toEqual([undefined, undefined]);
    const [stored] = await readStore<Contact>(serviceWorker, 'contacts');
    expect(stored).toMatchObject({ firstName: `First ${round}`, company: `Company ${round}` });
    expect(stored!.editedFields.sort()).toEqual(['company', 'firstName']);
  }
});
