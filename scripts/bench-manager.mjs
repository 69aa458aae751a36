// Benchmark of the manager with 100,000 contacts, in real Chromium with the built extension.
// Not a test: it prints timings (and writes bench-results/manager.json). Run: npm run bench:manager
//   time to first rows: from navigation to the first table row on screen (page load, database open, query, render)
//   search: from an input event in the search box to the count showing the new result
import { chromium } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const COUNT = Number(process.env.BENCH_CONTACTS ?? 100_000);
const EXTENSION = resolve('.output/chrome-mv3');
// BENCH_PROFILE keeps the seeded browser profile between runs (seeding 100,000 contacts takes minutes).
const keep = process.env.BENCH_PROFILE;
const profile = keep ?? mkdtempSync(join(tmpdir(), 'fluenzr-bench-'));
if (keep) mkdirSync(keep, { recursive: true });
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1440, height: 900 },
  args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-first-run', '--disable-gpu'],
});
await context.route(/^(https?|wss?):/, (route) => route.abort('blockedbyclient'));
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const base = `chrome-extension://${new URL(worker.url()).host}/options.html`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (ms) => Math.round(ms * 10) / 10;

try {
  // 1. Let the extension create its database, then fill it from the page (same origin) in big transactions.
  const setup = await context.newPage();
  await setup.goto(`${base}#/contacts`);
  await setup.getByTestId('contacts-count').or(setup.getByTestId('contacts-empty')).first().waitFor();
  if (await setup.getByTestId('contacts-empty').isVisible()) {
    const seeded = Date.now();
    await setup.evaluate(seedContacts, COUNT);
    console.log(`seeded ${COUNT.toLocaleString()} contacts in ${((Date.now() - seeded) / 1000).toFixed(1)} s`);
  }
  if (process.env.BENCH_RAW) console.log('raw IndexedDB', await setup.evaluate(rawTimings));
  await setup.close();

  // 2. Time to first rows, over several fresh page loads.
  const firstRows = [];
  for (let run = 0; run < 5; run++) {
    const page = await context.newPage();
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-testid=contact-row]')) {
          window.__firstRows = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${base}#/contacts`);
    await page.waitForFunction(() => window.__firstRows !== undefined, null, { timeout: 30_000 });
    firstRows.push(await page.evaluate(() => window.__firstRows));
    if (run < 4) await page.close();
  }
  const page = context.pages().at(-1);
  await page.waitForFunction(() => !document.querySelector('[data-testid=contacts-count]').textContent.endsWith('…'));
  const total = await page.getByTestId('contacts-count').textContent();

  // 3. Search: one input event → the count shows the new result. Each query starts from the full list.
  const search = async (query) =>
    page.evaluate(async (text) => {
      const input = document.querySelector('input[type=search]');
      const count = document.querySelector('[data-testid=contacts-count]');
      const before = count.textContent;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const changed = new Promise((done) => {
        const observer = new MutationObserver(() => {
          if (count.textContent !== before && !count.textContent.endsWith('…')) {
            observer.disconnect();
            done(performance.now());
          }
        });
        observer.observe(count, { childList: true, characterData: true, subtree: true });
      });
      const start = performance.now();
      setValue.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const end = await Promise.race([changed, new Promise((r) => setTimeout(() => r(NaN), 10_000))]);
      return { ms: end - start, result: count.textContent };
    }, query);
  const queries = ['m', 'mar', 'martin', 'lefevre', 'ÉLODIE', 'acme', 'person4242@', 'zo dur'];
  const searchTimes = {};
  for (const query of queries) {
    const runs = [];
    let result = '';
    for (let run = 0; run < 3; run++) {
      ({ ms: runs[run], result } = await search(query));
      await search('');
      await page.waitForFunction((text) => document.querySelector('[data-testid=contacts-count]').textContent === text, total);
    }
    searchTimes[query] = { medianMs: round(median(runs)), result };
  }

  // 4. A filter chip, a sort by name, and a jump to the middle of the list.
  const timeTo = async (action) => {
    const before = await page.getByTestId('contacts-count').textContent();
    const start = Date.now();
    await action();
    await page.waitForFunction((text) => {
      const shown = document.querySelector('[data-testid=contacts-count]').textContent;
      return shown !== text && !shown.endsWith('…');
    }, before);
    return Date.now() - start;
  };
  const stageChip = await timeTo(() => page.getByRole('group', { name: 'Stage' }).getByRole('button', { name: 'Won' }).click());
  const sortStart = Date.now();
  await page.getByRole('button', { name: 'Name' }).click();
  await page.waitForFunction(() => document.querySelector('[role=columnheader][aria-sort=ascending]'));
  await page.getByTestId('contact-row').first().waitFor();
  const sortByName = Date.now() - sortStart;
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.waitForFunction((text) => document.querySelector('[data-testid=contacts-count]').textContent === text, total);
  console.log({ firstRows, searchTimes, stageChip, sortByName });
  const scrollStart = Date.now();
  await page.getByTestId('contacts-grid').evaluate((grid) => (grid.scrollTop = grid.scrollHeight / 2));
  const middle = Math.floor(COUNT * 0.4);
  await page.waitForFunction((min) => {
    const rows = [...document.querySelectorAll('[data-testid=contact-row]')].filter((row) => Number(row.getAttribute('aria-rowindex')) > min);
    return rows.length > 0 && !document.querySelector('[data-testid=contact-row-loading]');
  }, middle);
  const scrollMiddle = Date.now() - scrollStart;

  const report = {
    contacts: COUNT,
    shown: total,
    firstRowsMs: { median: round(median(firstRows)), runs: firstRows.map(round) },
    searchKeystrokeToResultsMs: searchTimes,
    stageChipMs: stageChip,
    sortByNameMs: sortByName,
    scrollToMiddleMs: scrollMiddle,
    machine: `${process.platform} ${process.arch}, node ${process.version}`,
  };
  console.log(JSON.stringify(report, null, 2));
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/manager.json', JSON.stringify(report, null, 2));
} finally {
  await context.close();
  if (!keep) rmSync(profile, { recursive: true, force: true });
}

/** Runs in the options page: writes generated contacts straight into IndexedDB, with the derived index fields. */
async function seedContacts(count) {
  const fold = (v) => v.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  const words = (v) => fold(v).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const FIRST = ['Jean', 'Élodie', 'Marc', 'Zoé', 'Ana', 'Luc', 'Camille', 'Hugo', 'Léa', 'Thomas', 'Sofia', 'James', 'Aïcha', 'Lucas', 'Chloé', 'Nina'];
  const LAST = ['Martin', 'Durand', 'Lefèvre', 'Bernard', 'Dubois', 'Moreau', 'Nguyen', 'Rossi', 'Carter', 'Diallo', 'Petit', 'Garnier', 'Faure', 'Roux'];
  const TAGS = ['salon-2025', 'vip', 'cold', 'webinar', 'partner', 'churned', 'newsletter', 'q3', 'inbound', 'outbound'];
  const STAGES = ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'];
  const STATUSES = ['Active', 'Active', 'Active', 'Replied', 'Bounced', 'Unsubscribed', 'Blocked'];
  const db = await new Promise((ok, ko) => {
    const request = indexedDB.open('fluenzr');
    request.onsuccess = () => ok(request.result);
    request.onerror = () => ko(request.error);
  });
  const now = Date.now();
  const BATCH = 5000;
  for (let start = 0; start < count; start += BATCH) {
    await new Promise((ok, ko) => {
      const tx = db.transaction('contacts', 'readwrite');
      const store = tx.objectStore('contacts');
      for (let n = start; n < Math.min(count, start + BATCH); n++) {
        const firstName = FIRST[n % FIRST.length];
        const lastName = LAST[(n * 5 + Math.floor(n / 16)) % LAST.length];
        const company = n % 11 === 0 ? undefined : `${['Acme', 'Contoso', 'Fabrikam', 'Northwind', 'Verte', 'Atelier', 'Zeta'][n % 7]} ${['SA', 'SAS', 'Group', 'Labs', 'Conseil'][n % 5]} ${n % 500}`;
        const email = `person${n}@company${n % 2000}.example`;
        const searchWords = [...new Set([...words(firstName), ...words(lastName), ...(company ? words(company) : []), email, ...words(email)])].slice(0, 24);
        const at = now - ((n * 7919) % 31_536_000) * 1000;
        const contact = {
          email, firstName, lastName, ...(company ? { company } : {}), title: ['CEO', 'VP Sales', 'Acheteur', 'CTO'][n % 4],
          customFields: {}, tags: TAGS.filter((_, i) => (n + i * 3) % 10 === 0), groupIds: n % 5 === 0 ? [1 + (n % 10)] : [],
          stage: STAGES[n % 6], status: STATUSES[n % 7], archived: n % 20 === 0 ? 1 : 0,
          source: { method: 'import', where: 'bench.csv', at }, consent: { basis: 'legitimate_interest', at },
          editedFields: [], searchWords, sortName: fold(`${firstName} ${lastName}`), sortCompany: fold(company ?? ''),
          createdAt: at, updatedAt: at + (n % 1000) * 1000, lastActivityAt: at,
        };
        store.add(contact);
      }
      tx.oncomplete = ok;
      tx.onerror = () => ko(tx.error);
    });
  }
  db.close();
}

/** Runs in the options page: the raw IndexedDB costs under the table's queries, without Dexie or React. */
async function rawTimings() {
  const db = await new Promise((ok) => {
    const request = indexedDB.open('fluenzr');
    request.onsuccess = () => ok(request.result);
  });
  const time = async (name, run) => {
    const start = performance.now();
    const tx = db.transaction('contacts', 'readonly');
    const value = await new Promise((ok, ko) => {
      const request = run(tx.objectStore('contacts'));
      request.onsuccess = () => ok(request.result);
      request.onerror = () => ko(request.error);
    });
    return [name, Math.round(performance.now() - start), Array.isArray(value) ? value.length : typeof value === 'number' ? value : 'cursor'];
  };
  const live = IDBKeyRange.bound([0, -Infinity], [0, []]);
  const out = [
    await time('count live', (s) => s.index('[archived+updatedAt]').count(live)),
    await time('getAllKeys live by updatedAt', (s) => s.index('[archived+updatedAt]').getAllKeys(live)),
    await time('getAll 100 live', (s) => s.index('[archived+updatedAt]').getAll(live, 100)),
    await time('getAllKeys searchWords m*', (s) => s.index('searchWords').getAllKeys(IDBKeyRange.bound('m', 'm\uffff'))),
    await time('count searchWords m*', (s) => s.index('searchWords').count(IDBKeyRange.bound('m', 'm\uffff'))),
  ];
  out.push(await new Promise((ok) => {
    const start = performance.now();
    const request = db.transaction('contacts').objectStore('contacts').index('[archived+updatedAt]').openCursor(live, 'prev');
    let advanced = false;
    request.onsuccess = () => {
      const cursor = request.result;
      if (!advanced) {
        advanced = true;
        cursor.advance(47_500);
      } else ok(['cursor prev advance 47500', Math.round(performance.now() - start), cursor?.primaryKey]);
    };
  }));
  db.close();
  return out;
}
