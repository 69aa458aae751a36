import { median, round } from '../stats';
import type { Figure } from '../types';

const condition = (field: string, value: unknown) => ({ type: 'condition', field, op: 'equals', value });

/**
 * A three-criterion segment (tag AND status AND group) counted by the
 * production function (lib/segments countSegment) in an extension page, on
 * the profile's contacts. The first run is cold (indexes not yet in the
 * cache); the figure is the median of the runs. The count is checked against
 * a contact-by-contact scan, so a fast wrong answer cannot pass.
 */
export const SEGMENT = {
  type: 'group',
  match: 'all',
  children: [condition('tag', 'salon-2025'), condition('status', 'Active'), condition('group', 1)],
};
const RUNS = 7;

export const segmentCount: Figure = {
  id: 'segment',
  async measure(bench) {
    const { times, count, scanned } = await bench.withBenchPage((page) =>
      page.evaluate(({ segment, runs }) => globalThis.__fluenzrBench.segmentCount(segment, runs), { segment: SEGMENT, runs: RUNS }),
    );
    const wrong = count !== scanned;
    return [
      {
        figure: 'three-criterion segment count',
        value: round(median(times)),
        unit: 'ms',
        target: 200,
        failed: wrong || undefined,
        note: `tag salon-2025 AND status Active AND group 1 → ${count.toLocaleString('en')} contacts${wrong ? ` (WRONG: a scan finds ${scanned})` : ''}; median of ${RUNS}: ${times.map((v) => round(v, 0)).join(', ')} ms (first cold)`,
      },
    ];
  },
};
