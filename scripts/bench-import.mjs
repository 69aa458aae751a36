// Benchmark (not a test): import 100,000 generated rows through the built
// extension's import wizard in Chromium, and compare with a baseline measured
// in the same page: papaparse parsing the same file + Dexie bulkAdd of the
// same rows into a table with the same indexes as `contacts`.
// Usage: npm run build && npm run bench:import [-- rows]
import { chromium } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROWS = Number(process.argv[2] ?? 100_000);
const EXTENSION = resolve('.output/chrome-mv3');
const dir = mkdtempSync(join(tmpdir(), 'fluenzr-bench-'));
const file = join(dir, 'contacts-100k.csv');

const FIRST = ['Jane', 'Élodie', 'Paul', 'Bob', 'Carol', 'François', 'Amina', 'Kenji'];
const LAST = ['Doe', 'Martin', 'Durand', 'Smith', 'Nguyen', 'Léger', 'Haddad', 'Sato'];
const lines = ['Email,First Name,Last Name,Company,Job Title,Phone,LinkedIn URL,Tags,Notes'];
for (let i = 0; i < ROWS; i++) {
  const first = FIRST[i % FIRST.length];
  const last = LAST[(i * 7) % LAST.length];
  const ascii = (s) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  lines.push(
    `${ascii(first)}.${ascii(last)}.${i}@company${i % 997}.example.com,${first},${last},"Company ${i % 997}, Inc.",Head of Sales ${i % 13},+33 6 ${String(i).padStart(8, '0')},https://www.linkedin.com/in/${ascii(first)}-${ascii(last)}-${i},"lead, q${i % 4}",Met at the fair in hall ${i % 9}`,
  );
}
writeFileSync(file, lines.join('\r\n') + '\r\n');
const size = readFileSync(file).length;

const profile = mkdtempSync(join(tmpdir(), 'fluenzr-bench-profile-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-first-run', '--disable-gpu'],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = await context.newPage();
  if (process.env.BENCH_LOG) page.on('console', (m) => console.log('[page]', m.text()));
  await page.goto(`chrome-extension://${id}/options.html#/import`);
  // Unlimited plan, so all 100,000 rows are written.
  await page.evaluate(async () => {
    const open = indexedDB.open('fluenzr');
    await new Promise((r) => (open.onsuccess = r));
    const db = open.result;
    const tx = db.transaction('kv', 'readwrite');
    tx.objectStore('kv').put({ key: 'settings', value: { plan: 'pro' } });
    await new Promise((r) => (tx.oncomplete = r));
    db.close();
  });
  await page.reload();

  const before = await baseline(page, 'before');

  // Longest main-thread stall while importing: the page must stay responsive.
  await page.evaluate(() => {
    window.__stall = 0;
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      window.__stall = Math.max(window.__stall, now - last);
      last = now;
    }, 10);
  });
  const t0 = Date.now();
  await page.getByTestId('import-file-input').setInputFiles(file);
  await page.waitForSelector('[data-testid=import-mapping]', { timeout: 120_000 });
  const tRead = Date.now();
  await page.getByRole('button', { name: /Check the file|Vérifier le fichier/ }).click();
  await page.waitForSelector('[data-testid=import-report]', { timeout: 300_000 });
  const tCheck = Date.now();
  await page.getByRole('button', { name: /^(Import|Importer) \d+/ }).click();
  await page.waitForSelector('[data-testid=import-done]', { timeout: 600_000 });
  const tImport = Date.now();

  const created = await page.getByTestId('report-created').locator('dd').textContent();
  const stall = await page.evaluate(() => window.__stall);
  const after = await baseline(page, 'after');
  const parseOnly = await page.evaluate(() => performance.getEntriesByName('fluenzr-import-parse').at(-1)?.duration ?? 0);
  const ours = { read: tRead - t0, check: tCheck - tRead, write: tImport - tCheck, total: tImport - t0 };
  const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const mean = (key) => (before[key] + after[key]) / 2;
  console.log(`file: ${ROWS} rows, ${(size / 1e6).toFixed(1)} MB`);
  console.log(`import wizard: ${fmt(ours.total)} (read + map ${fmt(ours.read)}, parse + dry run ${fmt(ours.check)}, write ${fmt(ours.write)}); created ${created}`);
  console.log(`  longest main-thread stall during the whole import: ${Math.round(stall)} ms`);
  for (const [name, b] of [['before', before], ['after', after]]) {
    console.log(`baseline ${name}: papaparse ${fmt(b.parse)}; bulkAdd as stored contacts ${fmt(b.stored)}; bulkAdd of the raw rows ${fmt(b.raw)}`);
  }
  const stored = mean('parse') + mean('stored');
  const raw = mean('parse') + mean('raw');
  console.log(`baseline (mean): papaparse + bulkAdd of the same rows as stored contacts = ${fmt(stored)}; with the raw rows = ${fmt(raw)}`);
  console.log(`ratio import (read + parse + dry run + write) / baseline(stored): ${(ours.total / stored).toFixed(2)}`);
  console.log(`ratio import without the dry run / baseline(stored): ${((ours.total - ours.check + parseOnly) / stored).toFixed(2)}  (parse alone measured at ${fmt(parseOnly)})`);
  console.log(`ratio import / baseline(raw rows, 1 indexed field instead of ~29): ${(ours.total / raw).toFixed(2)}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}

/**
 * papaparse on the same file, then Dexie bulkAdd of the same rows into a fresh
 * database with the contacts table's indexes: once as the raw row objects
 * (only the email is indexed), once shaped as the contact records the import
 * stores (the same ~29 index entries per row, history excluded).
 */
async function baseline(page, label) {
  await page.evaluate(readFileSync('node_modules/papaparse/papaparse.min.js', 'utf8') + ';void 0');
  await page.evaluate(readFileSync('node_modules/dexie/dist/dexie.min.js', 'utf8') + ';void 0');
  return page.evaluate(
    async ({ csv, label }) => {
      const bytes = new TextEncoder().encode(csv);
      const schema =
        '++id, &email, linkedinUrl, *tags, *groupIds, stage, status, archived, createdAt, updatedAt, lastActivityAt, *searchWords, [archived+updatedAt], [archived+stage], [archived+status], [archived+lastActivityAt], [archived+stage+updatedAt], [archived+createdAt]';
      const open = async (name) => {
        const db = new window.Dexie(name);
        db.version(1).stores({ contacts: schema });
        await db.open();
        return db;
      };
      const start = performance.now();
      const parsed = window.Papa.parse(new TextDecoder().decode(bytes), { header: true, skipEmptyLines: true });
      const parse = performance.now() - start;
      const raw = await open(`bench-raw-${label}`);
      let t = performance.now();
      await raw.contacts.bulkAdd(parsed.data.map((row) => ({ ...row, email: row.Email })));
      const rawTime = performance.now() - t;
      raw.close();
      const words = (s) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      const now = Date.now();
      const stored = await open(`bench-stored-${label}`);
      t = performance.now();
      await stored.contacts.bulkAdd(
        parsed.data.map((row) => {
          const email = row.Email.toLowerCase();
          return {
            email, firstName: row['First Name'], lastName: row['Last Name'], company: row.Company, title: row['Job Title'],
            phone: row.Phone, linkedinUrl: row['LinkedIn URL'], tags: row.Tags.split(',').map((s) => s.trim()), groupIds: [],
            customFields: {}, stage: 'Lead', status: 'Active', archived: 0, source: { method: 'import', where: 'f.csv', at: now },
            consent: { basis: 'legitimate_interest', at: now }, editedFields: [],
            searchWords: [...new Set([...words(row['First Name']), ...words(row['Last Name']), ...words(row.Company), email, ...words(email)])],
            createdAt: now, updatedAt: now, lastActivityAt: now,
          };
        }),
      );
      const storedTime = performance.now() - t;
      stored.close();
      return { parse, raw: rawTime, stored: storedTime };
    },
    { csv: readFileSync(file, 'utf8'), label },
  );
}
