import { median, round } from '../stats';
import type { Figure } from '../types';

const RUNS = 7;
const PAGE = 50;

/**
 * Issue 19: with 20,000 next steps among the contacts (one in five, scripts/bench/generate.ts),
 * the overdue count (lib/reminders overdueCount, the toolbar badge's) and the manager's first page
 * of the "Overdue" filter, each ≤ 50 ms. Measured at the real time: the generated due dates lie
 * around GENERATED_AT, so nearly every one is overdue, the widest range. Checked against a scan.
 */
export const overdueFigures: Figure = {
  id: 'overdue',
  async measure(bench) {
    const r = await bench.withBenchPage((page) => page.evaluate(({ runs, size }) => globalThis.__fluenzrBench.overdue(runs, size), { runs: RUNS, size: PAGE }));
    const wrongCount = r.count !== r.scanned;
    const wrongPage = !r.pageRight || r.page !== Math.min(PAGE, r.scanned);
    const runs = (times: number[]) => times.map((v) => round(v, 0)).join(', ');
    return [
      {
        figure: 'overdue next steps count',
        value: round(median(r.countTimes)),
        unit: 'ms',
        target: 50,
        failed: wrongCount || undefined,
        note: `${r.count.toLocaleString('en')} overdue of ${r.steps.toLocaleString('en')} next steps${wrongCount ? ` (WRONG: a scan finds ${r.scanned})` : ''}; median of ${RUNS}: ${runs(r.countTimes)} ms (first cold)`,
      },
      {
        figure: `first page of overdue contacts (${PAGE})`,
        value: round(median(r.pageTimes)),
        unit: 'ms',
        target: 50,
        failed: wrongPage || undefined,
        note: `manager query { due: 'overdue' } (lib/notes/due-query.ts), soonest due first: ${r.page} rows${wrongPage ? ' (WRONG rows)' : ''}; median of ${RUNS}: ${runs(r.pageTimes)} ms (first cold)`,
      },
    ];
  },
};
