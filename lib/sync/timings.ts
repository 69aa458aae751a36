/**
 * Bench-only sub-timings of sync. Nothing is recorded unless the benchmark
 * put `__fluenzrSyncTimings` on the page's globalThis (scripts/bench/figures/
 * team-sync.ts): then each step adds its time and count there, and the
 * figure reports where the first sync and an edit spend their time.
 */
export interface StepTiming {
  /** Total time inside the step (ms). */
  ms: number;
  n: number;
  /** When the step first started and last ended (epoch ms, comparable across pages). */
  first: number;
  last: number;
  /** Documents or rows the step handled, when it says. */
  items: number;
  /** When the step last ended having handled something (epoch ms; 0: never). */
  lastBusy: number;
}

export type SyncTimings = Record<string, StepTiming>;

function book(): SyncTimings | undefined {
  return (globalThis as { __fluenzrSyncTimings?: SyncTimings }).__fluenzrSyncTimings;
}

/** Now, in epoch ms with sub-millisecond precision. */
export function clock(): number {
  return performance.timeOrigin + performance.now();
}

/** Add one occurrence of `step` (from `start`, clock(), to now) with `items` handled. */
export function noteStep(step: string, start: number, items = 0): void {
  const timings = book();
  if (!timings) return;
  const end = clock();
  const entry = (timings[step] ??= { ms: 0, n: 0, first: start, last: end, items: 0, lastBusy: 0 });
  entry.ms += end - start;
  entry.n++;
  entry.last = end;
  entry.items += items;
  if (items) entry.lastBusy = end;
}

/** Run `step` and note its time; `count` says how many items its result handled. */
export async function timed<T>(step: string, run: () => Promise<T>, count?: (result: T) => number): Promise<T> {
  if (!book()) return run();
  const start = clock();
  const result = await run();
  noteStep(step, start, count?.(result) ?? 0);
  return result;
}
