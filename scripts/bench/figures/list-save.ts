import { callService } from '../../../tests/hardening/page-service';
import { median, round } from '../stats';
import type { Figure } from '../types';

const BATCH = 1000;
const RUNS = 3;

/**
 * "Save people on this page" for a full batch: 1,000 listed people sent from
 * the side panel page as one in-page savePendingBatch call, resolved after the
 * transaction committed (known-contact lookup over the synthetic base included).
 */
export const listSave: Figure = {
  id: 'list-save',
  async measure(bench) {
    const page = await bench.openExtensionPage('sidepanel');
    try {
      const times: number[] = [];
      let wrong = '';
      // New people on every run: a kept profile (--profile) already holds the last run's.
      const token = Date.now().toString(36);
      for (let run = 0; run < RUNS; run++) {
        const people = Array.from({ length: BATCH }, (_, i) => ({
          fullName: `Liste Bench ${token}-${run}-${i}`, firstName: 'Liste', lastName: `Bench ${token}-${run}-${i}`, title: 'Responsable achats', company: `Société ${i % 40}`,
          headline: 'Responsable achats chez Société', location: 'Lyon', degree: 2, linkedinUrl: `https://www.linkedin.com/in/list-bench-${token}-${run}-${i}`,
        }));
        const data = { people, sourceUrl: 'https://www.linkedin.com/search/results/people/?keywords=achats', tag: 'bench-list' };
        const started = Date.now();
        const answer = await callService<{ added: number }>(page, 'savePendingBatch', data);
        times.push(Date.now() - started);
        if (answer.res?.added !== BATCH) wrong = JSON.stringify(answer).slice(0, 200);
      }
      const note = `${RUNS} batches of ${BATCH.toLocaleString('en')} new people, one transaction each; runs ${times.join(', ')} ms${wrong ? `; wrong answer: ${wrong}` : ''}`;
      return [{ figure: `save ${BATCH.toLocaleString('en')} listed people (one batch), median`, value: round(median(times)), unit: 'ms', target: 2000, note, failed: !!wrong }];
    } finally {
      await page.close();
    }
  },
};
