import { round } from '../stats';
import type { Figure } from '../types';

/**
 * Export of every contact (archived included, so all of them) through
 * lib/csv/export.ts, the call the export page makes, in an extension page:
 * from the call until the CSV file (a Blob) exists. Checked: every stored
 * contact (the synthetic ones and the captures of the capture figure) is in the file.
 */
export const exportAll: Figure = {
  id: 'export',
  async measure(bench) {
    const { ms, count, bytes, stored } = await bench.withBenchPage((page) => page.evaluate(() => globalThis.__fluenzrBench.exportAll()));
    const wrong = count !== stored;
    return [
      {
        figure: 'export of all contacts',
        value: round(ms, 0),
        unit: 'ms',
        target: 3000,
        failed: wrong || undefined,
        note: `${count.toLocaleString('en')} contacts${wrong ? ` (WRONG: ${stored.toLocaleString('en')} stored)` : ''}, ${round(bytes / 1e6, 1)} MB of CSV`,
      },
    ];
  },
};
