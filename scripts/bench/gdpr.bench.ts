import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { expect, test } from '../../tests/e2e/support/extension';
import { contactRow } from '../../tests/e2e/support/seed';

/**
 * GDPR, archive and backup at 100,000 contacts (plus one history entry each),
 * in real Chromium through the manager UI. Prints and saves the timings.
 */
const N = Number(process.env.BENCH_CONTACTS ?? 100_000);
const YEAR = 365 * 24 * 3600 * 1000;

test('privacy and backup at scale', async ({ openExtensionPage }) => {
  const results: Record<string, number> = { contacts: N };
  const options = await openExtensionPage('options');
  await options.getByRole('link', { name: 'Settings' }).click();
  await options.getByLabel('Plan').selectOption('pro');
  await expect(options.getByTestId('plan-usage')).toHaveText('0 contacts');

  // Seed: half the contacts past retention; not timed as product code.
  const template = contactRow('x@acme.com');
  await options.evaluate(
    async ({ n, template, old }) => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const r = indexedDB.open('fluenzr');
        r.onsuccess = () => resolve(r.result);
      });
      for (let start = 0; start < n; start += 10_000) {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(['contacts', 'history'], 'readwrite');
          for (let i = start; i < Math.min(n, start + 10_000); i++) {
            const email = `person${i}@company${i % 997}.com`;
            const lastActivityAt = i % 2 ? Date.now() : old - i;
            tx.objectStore('contacts').add({ ...template, email, firstName: `P${i}`, searchWords: [email], lastActivityAt, id: i + 1 });
            tx.objectStore('history').add({ contactId: i + 1, at: lastActivityAt, kind: 'captured', origin: 'https://www.linkedin.com/in/x' });
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      }
      db.close();
    },
    { n: N, template, old: Date.now() - 5 * YEAR },
  );
  const half = Math.ceil(N / 2);

  const time = async (name: string, run: () => Promise<unknown>) => {
    const start = performance.now();
    await run();
    results[name] = Math.round(performance.now() - start);
  };

  await options.reload();
  await time('retentionReviewFirstPaint_ms', async () => {
    await options.getByRole('link', { name: 'Privacy' }).click();
    await expect(options.getByTestId('retention-count')).toHaveText(`Past retention: ${half}`);
    await expect(options.getByTestId('retention-list').locator('tbody tr')).toHaveCount(25);
  });
  await time('retentionNextPage_ms', async () => {
    await options.getByRole('button', { name: 'Next' }).first().click();
    await expect(options.getByText(`Page 2 of ${Math.ceil(half / 25)}`)).toBeVisible();
  });

  await options.getByRole('link', { name: 'Backup' }).click();
  let path = '';
  await time('backupDownload_ms', async () => {
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Download a backup' }).click()]);
    path = (await download.path())!;
  });
  results.backupSize_MB = Math.round(statSync(path).size / 1e5) / 10;

  await options.getByLabel('Replace: the backup replaces your current contacts').check();
  await time('restoreDryRun_ms', async () => {
    await options.getByLabel('Backup file').setInputFiles(path);
    await expect(options.getByTestId('restore-report')).toContainText('Ready to restore');
  });
  await time('restoreReplaceWrite_ms', async () => {
    await options.getByRole('button', { name: 'Replace my contacts' }).click();
    await expect(options.getByTestId('restore-message')).toHaveText(`Restored. Contacts written: ${N}.`);
  });

  await options.getByRole('link', { name: 'Privacy' }).click();
  await time('archiveAllPastRetention_ms', async () => {
    await options.getByRole('button', { name: `Archive all ${half}` }).click();
    await expect(options.getByTestId('retention-count')).toHaveText('Past retention: 0');
  });
  await options.getByLabel('Show').selectOption('1');
  await time('eraseAllPastRetention_ms', async () => {
    await options.getByRole('button', { name: `Erase all ${half}` }).click();
    await options.getByRole('button', { name: 'Erase for good' }).click();
    await expect(options.getByTestId('retention-count')).toHaveText('Past retention: 0');
  });
  await expect(options.getByTestId('plan-usage')).toHaveText(`${N - half} contacts`);

  console.log(JSON.stringify(results, null, 2));
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/gdpr.json', JSON.stringify(results, null, 2));
});
