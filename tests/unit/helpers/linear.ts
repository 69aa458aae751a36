import { expect } from 'vitest';

/**
 * Size-doubling check: the median time of `run` on an input of size 2n is at
 * most `bound` times its time at size n. Each timing repeats the call until
 * it lasts 20 ms, so small inputs are not lost in the timer's noise; medians
 * of five, and up to three attempts (the best ratio counts), keep a stall of
 * a loaded machine from failing the test. A quadratic run fails every attempt:
 * its ratio is 4, and worse on crafted input.
 */
export function expectLinear<T>(make: (n: number) => T, run: (input: T) => unknown, n: number, bound = 3): void {
  const small = make(n);
  const large = make(2 * n);
  run(small);
  run(large);
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio >= bound; attempt++) {
    ratio = Math.min(ratio, median(times(run, large)) / median(times(run, small)));
  }
  expect(ratio, `time(2n) / time(n) for n = ${n}`).toBeLessThan(bound);
}

function times<T>(run: (input: T) => unknown, input: T): number[] {
  const out: number[] = [];
  for (let sample = 0; sample < 5; sample++) {
    let calls = 0;
    const started = performance.now();
    let elapsed = 0;
    while (elapsed < 20 || calls === 0) {
      run(input);
      calls++;
      elapsed = performance.now() - started;
    }
    out.push(elapsed / calls);
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
