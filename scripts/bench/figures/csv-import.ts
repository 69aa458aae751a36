import { statSync } from 'node:fs';
import { rmSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { benchPageScript, launchBrowser } from '../browser';
import { round } from '../stats';
import type { Figure } from '../types';

type Marks = { change?: number; mapping?: number; report?: number; done?: number; clicks: number[] };

/** Installed in the import page before its scripts: when the file is chosen, each step shown, each button pressed. */
function importProbe() {
  const marks: Marks = { clicks: [] };
  (window as unknown as { __import: Marks }).__import = marks;
  document.addEventListener('change', (event) => (marks.change ??= event.timeStamp), true);
  document.addEventListener('click', (event) => marks.clicks.push(event.timeStamp), true);
  const steps = [['mapping', 'import-mapping'], ['report', 'import-report'], ['done', 'import-done']] as const;
  new MutationObserver(() => {
    for (const [mark, id] of steps) if (marks[mark] === undefined && document.querySelector(`[data-testid="${id}"]`)) marks[mark] = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

/** Import `file` through the wizard of a fresh, empty profile: the phases in ms and the contacts created. */
async function importThroughWizard(file: string): Promise<{ read: number; check: number; write: number; created: number; stored: number }> {
  const browser = await launchBrowser();
  const context: BrowserContext = browser.context;
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const base = `chrome-extension://${new URL(worker.url()).host}`;
    const script = await benchPageScript();
    const helper = await context.newPage();
    await helper.goto(`${base}/manifest.json`);
    await helper.evaluate(script);
    const before = await helper.evaluate(() => globalThis.__fluenzrBench.preparePaidPlan());
    if (before !== 0) throw new Error(`the import profile is not empty (${before} contacts)`);

    const page = await context.newPage();
    await page.addInitScript(importProbe);
    await page.goto(`${base}/options.html#/import`);
    await page.getByTestId('import-file-input').setInputFiles(file);
    await page.getByTestId('import-mapping').waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByTestId('import-report').waitFor({ timeout: 300_000 });
    await page.getByRole('button', { name: /^Import \S+ contacts/ }).click();
    await page.getByTestId('import-done').waitFor({ timeout: 600_000 });
    const marks = await page.evaluate(() => (window as unknown as { __import: Marks }).__import);
    const created = Number(((await page.getByTestId('report-created').locator('dd').textContent()) ?? '').replace(/\D/g, ''));
    const stored = await helper.evaluate(() => globalThis.__fluenzrBench.contactCount());
    const [checkClick, importClick] = marks.clicks.slice(-2) as [number, number];
    return { read: marks.mapping! - marks.change!, check: marks.report! - checkClick, write: marks.done! - importClick, created, stored };
  } finally {
    await context.close();
    rmSync(browser.profile, { recursive: true, force: true });
  }
}

/**
 * CSV import of every synthetic contact through the production path: the
 * import wizard of the options page (read and map, "Check the file" = parse
 * and dry run, "Import" = bulk upsert with history), in a fresh profile with
 * an empty database, like the baseline (papaparse + Dexie bulkAdd into an
 * empty database with the production schema, scripts/bench/page/bench-page.ts),
 * measured in the same run. Import time = the three phases, each from its
 * event (file chosen, button pressed) to the next screen, so the robot's own
 * delays between steps are not counted.
 */
export const csvImport: Figure = {
  id: 'import',
  async measure(bench) {
    const baseline = await bench.baselineImportMs();
    const file = await bench.csvFile();
    const run = await importThroughWizard(file);
    const total = run.read + run.check + run.write;
    const wrong = run.created !== bench.contactCount || run.stored !== bench.contactCount;
    return [
      { figure: 'CSV file to import', value: round(statSync(file).size / 1e6, 1), unit: 'MB', target: null, note: file },
      { figure: `baseline import (papaparse + bulkAdd, ${bench.contactCount.toLocaleString('en')} rows)`, value: round(baseline, 0), unit: 'ms', target: null },
      {
        figure: 'CSV import through the wizard',
        value: round(total, 0),
        unit: 'ms',
        target: null,
        note: `read + map ${round(run.read, 0)} ms, parse + dry run ${round(run.check, 0)} ms, write ${round(run.write, 0)} ms; ${run.created.toLocaleString('en')} created, ${run.stored.toLocaleString('en')} stored`,
      },
      {
        figure: 'CSV import time / baseline',
        value: round(total / baseline, 2),
        unit: 'ratio',
        target: 1.5,
        failed: wrong || undefined,
        note: `${wrong ? `WRONG count (expected ${bench.contactCount.toLocaleString('en')}); ` : ''}without the dry run: ${round((run.read + run.write) / baseline, 2)}`,
      },
    ];
  },
};
