import { round } from '../stats';
import type { Figure } from '../types';

/**
 * Not a target: after each extension update the worker counts every contact
 * again and rebuilds the fact bitmaps (lib/db/repair.ts) in one transaction,
 * during which writes wait. Measured with the production function; the
 * counts and bitmaps it writes must equal the ones kept as contacts were written.
 */
export const countersRecount: Figure = {
  id: 'recount',
  async measure(bench) {
    const { ms, same } = await bench.withBenchPage((page) => page.evaluate(() => globalThis.__fluenzrBench.recountCounters()));
    return [
      {
        figure: 'counters recount after an update',
        value: round(ms),
        unit: 'ms',
        target: null,
        failed: !same || undefined,
        note: same ? 'the recount equals the counters and fact bitmaps kept write by write' : 'WRONG: the recount differs from the counters or fact bitmaps kept write by write',
      },
    ];
  },
};
