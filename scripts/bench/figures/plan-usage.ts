import { median, round } from '../stats';
import { medianOf, timeToSelector } from '../timing';
import type { Figure } from '../types';

/**
 * Not a target of the issue, shown because it grows with the base: the
 * popup and the manager show "N contacts", an index count of every live
 * contact, re-run by useLiveQuery after every write. IndexedDB counts by
 * walking the index, so this is linear in the number of contacts.
 */
export const planUsageCount: Figure = {
  id: 'plan-usage',
  async measure(bench) {
    const counts = await bench.withBenchPage((page) =>
      page.evaluate(async () => {
        const request = indexedDB.open('fluenzr');
        const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
        const times: number[] = [];
        for (let i = 0; i < 3; i++) {
          const started = performance.now();
          const index = db.transaction('contacts').objectStore('contacts').index('archived');
          await new Promise((resolve) => (index.count(IDBKeyRange.only(0)).onsuccess = resolve));
          times.push(performance.now() - started);
        }
        db.close();
        return times;
      }),
    );
    const popup = await medianOf(3, () =>
      timeToSelector((page) => page.goto(`chrome-extension://${bench.extensionId}/popup.html`), () => bench.context.newPage(), '[data-testid="plan-usage"]'),
    );
    return [
      { figure: 'live-contact count (plan usage)', value: round(median(counts)), unit: 'ms', target: null, note: `index count, median of 3: ${counts.map((v) => round(v)).join(', ')} ms` },
      { figure: 'popup open → plan usage shown', value: popup.median, unit: 'ms', target: null, note: `median of 3 cold opens: ${popup.all.join(', ')} ms` },
    ];
  },
};
