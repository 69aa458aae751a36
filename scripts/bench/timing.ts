import type { Page } from '@playwright/test';
import { median, round } from './stats';

/**
 * Milliseconds from the navigation start of a fresh tab to the first moment
 * `selector` matches, recorded inside the page by a MutationObserver
 * installed before any of the page's own scripts run.
 */
export async function timeToSelector(open: (page: Page) => Promise<unknown>, newPage: () => Promise<Page>, selector: string): Promise<number> {
  const page = await newPage();
  await page.addInitScript((sel) => {
    const w = window as unknown as { __firstMatchAt?: number };
    const check = () => {
      if (w.__firstMatchAt === undefined && document.querySelector(sel)) {
        w.__firstMatchAt = performance.now();
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true });
  }, selector);
  await open(page);
  await page.waitForSelector(selector, { timeout: 30_000 });
  const at = await page.evaluate(() => (window as unknown as { __firstMatchAt?: number }).__firstMatchAt ?? performance.now());
  await page.close();
  return at;
}

/** Median of `runs` cold opens (each in a new tab), rounded. */
export async function medianOf(runs: number, measure: () => Promise<number>): Promise<{ median: number; all: number[] }> {
  const all: number[] = [];
  for (let i = 0; i < runs; i++) all.push(await measure());
  return { median: round(median(all)), all: all.map((v) => round(v)) };
}
