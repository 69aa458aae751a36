/**
 * Shared bounds of the fuzz suite (tests/unit/fuzz): a fixed seed so a
 * failure replays, a run count per property, and a time limit per case that
 * a super-linear path on the generated sizes would exceed. The whole suite
 * stays well under 60 s on a loaded 2-core machine.
 */
export const FUZZ = { seed: 16_2026, numRuns: 150, perCaseMs: 1500 } as const;

/** Run one case and fail it when it takes longer than the per-case bound. */
export async function timed<T>(label: string, run: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  const ms = performance.now() - started;
  if (ms > FUZZ.perCaseMs) throw new Error(`${label} took ${Math.round(ms)} ms (bound ${FUZZ.perCaseMs} ms)`);
  return result;
}
