import type { Page } from '@playwright/test';
import { median, round } from './stats';

/**
 * Milliseconds from the navigation start of a fresh tab to the first moment
 * `selector` matches, recorded inside the page by a MutationObserver
 * installed before any of the page's own scripts run. The wait is one
 * promise: Playwright's own waiting polls inside the page, on the main
 * thread it would be timing (it cost the manager's open about 35 ms).
 */
export async function timeToSelector(open: (page: Page) => Promise<unknown>, newPage: () => Promise<Page>, selector: string): Promise<number> {
  const page = await newPage();
  await page.addInitScript(markFirstMatch, selector);
  await open(page);
  const at = await page.evaluate(() => (window as unknown as { __firstMatch: Promise<number> }).__firstMatch);
  await page.close();
  return at;
}

/** Runs in the page before its scripts: `__firstMatch` resolves with the time `selector` first matched (30 s at most). */
function markFirstMatch(selector: string) {
  const w = window as unknown as { __firstMatch: Promise<number> };
  w.__firstMatch = new Promise<number>((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(document, { childList: true, subtree: true });
    setTimeout(() => reject(new Error(`${selector} never appeared`)), 30_000);
  });
}

/** Median of `runs` cold opens (each in a new tab), rounded. */
export async function medianOf(runs: number, measure: () => Promise<number>): Promise<{ median: number; all: number[] }> {
  const all: number[] = [];
  for (let i = 0; i < runs; i++) all.push(await measure());
  return { median: round(median(all)), all: all.map((v) => round(v)) };
}
