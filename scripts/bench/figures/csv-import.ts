import { statSync } from 'node:fs';
import { round } from '../stats';
import type { Figure } from '../types';

/**
 * CSV import of every synthetic contact, against the baseline measured in
 * the same run (papaparse + Dexie bulkAdd into an empty database with the
 * production schema: scripts/bench/page/bench-page.ts). The import feature
 * is not on main: the ratio is a miss until it is. To measure it, import
 * bench.csvFile() through the import page into an empty profile and divide
 * its time by bench.baselineImportMs().
 */
export const csvImport: Figure = {
  id: 'import',
  async measure(bench) {
    const baseline = await bench.baselineImportMs();
    const file = await bench.csvFile();
    return [
      { figure: 'CSV file to import', value: round(statSync(file).size / 1e6, 1), unit: 'MB', target: null, note: file },
      { figure: `baseline import (papaparse + bulkAdd, ${bench.contactCount.toLocaleString('en')} rows)`, value: round(baseline, 0), unit: 'ms', target: null },
      { figure: 'CSV import time / baseline', value: null, unit: 'ratio', target: 1.5, note: 'not measured (feature missing)' },
    ];
  },
};
