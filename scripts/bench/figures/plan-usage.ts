import { median, round } from '../stats';
import { medianOf, timeToSelector } from '../timing';
import type { Figure } from '../types';

/**
 * Not a target of the issue, shown because it used to grow with the base:
 * the popup and the manager show "N contacts", re-read after every write.
 * It is now one row of the maintained counters; the index count (linear in
 * the number of contacts) is shown beside it, and must agree.
 */
export const planUsageCount: Figure = {
  id: 'plan-usage',
  async measure(bench) {
    const { counter, index } = await bench.withBenchPage((page) =>
      page.evaluate(async () => {
        const request = indexedDB.open('fluenzr');
        const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
        const timed = async <T,>(read: () => IDBRequest<T>) => {
          const started = performance.now();
          const value = await new Promise<T>((resolve) => (read().onsuccess = (event) => resolve((event.target as IDBRequest<T>).result)));
          return { value, ms: performance.now() - started };
        };
        const counter: Array<{ value: number; ms: number }> = [];
        const index: Array<{ value: number; ms: number }> = [];
        for (let i = 0; i < 3; i++) {
          const row = await timed(() => db.transaction('counters').objectStore('counters').get('archived:0'));
          counter.push({ value: (row.value as { n: number } | undefined)?.n ?? 0, ms: row.ms });
          index.push(await timed(() => db.transaction('contacts').objectStore('contacts').index('archived').count(IDBKeyRange.only(0))));
        }
        db.close();
        return { counter, index };
      }),
    );
    const popup = await medianOf(3, () =>
      timeToSelector((page) => page.goto(`chrome-extension://${bench.extensionId}/popup.html`), () => bench.context.newPage(), '[data-testid="plan-usage"]'),
    );
    const wrong = counter.some((c) => c.value !== index[0]!.value);
    const times = (list: Array<{ ms: number }>) => list.map((v) => round(v.ms)).join(', ');
    return [
      {
        figure: 'live-contact count (plan usage)',
        value: round(median(counter.map((c) => c.ms))),
        unit: 'ms',
        target: null,
        failed: wrong || undefined,
        note: `counter read, median of 3: ${times(counter)} ms → ${counter[0]!.value}; index count: ${times(index)} ms → ${index[0]!.value}${wrong ? ' (WRONG: they differ)' : ''}`,
      },
      { figure: 'popup open → plan usage shown', value: popup.median, unit: 'ms', target: 200, note: `median of 3 cold opens: ${popup.all.join(', ')} ms` },
    ];
  },
};
