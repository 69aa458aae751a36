import { median, round } from '../stats';
import type { Figure } from '../types';

const RUNS = 5;
/** Cards a column shows before "more" (lib/board/query PAGE_SIZE). */
const FIRST_CARDS = 25;

/**
 * Installed before the side panel's own scripts: records the first moment
 * the board is complete, i.e. all six columns show their count and, each,
 * its first cards (min(count, 25) of them).
 */
function boardProbe(firstCards: number) {
  const w = window as unknown as { __boardReady: Promise<number> };
  let ready: (at: number) => void;
  w.__boardReady = new Promise<number>((resolve) => (ready = resolve));
  let done = false;
  const complete = () => {
    const columns = document.querySelectorAll('[data-testid="board"] section[data-testid^="column-"]');
    if (columns.length !== 6) return false;
    for (const column of columns) {
      const text = column.querySelector('[data-testid="column-count"]')?.textContent;
      // "…" while counting: the column is not complete yet.
      if (!text || !/\d/.test(text)) return false;
      const count = Number(text.replace(/\D/g, ''));
      if (column.querySelectorAll('[data-testid="board-card"]').length < Math.min(count, firstCards)) return false;
    }
    return true;
  };
  const observer = new MutationObserver(() => {
    if (!done && complete()) {
      done = true;
      ready(performance.now());
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * The side panel page (the pipeline board) opened as a tab, from navigation
 * start until every column shows its count and first cards; median of 5
 * cold opens.
 */
export const boardOpen: Figure = {
  id: 'board',
  async measure(bench) {
    const all: number[] = [];
    let counts = '';
    for (let run = 0; run < RUNS; run++) {
      const page = await bench.context.newPage();
      await page.addInitScript(boardProbe, FIRST_CARDS);
      await page.goto(`chrome-extension://${bench.extensionId}/sidepanel.html`);
      // One promise, not Playwright's polling: that would run on the main thread being timed.
      all.push(await page.evaluate(() => Promise.race([(window as unknown as { __boardReady: Promise<number> }).__boardReady, new Promise<number>((_, reject) => setTimeout(() => reject(new Error('the board never completed')), 60_000))])));
      counts = (await page.locator('[data-testid="column-count"]').allTextContents()).join(' / ');
      await page.close();
    }
    // The counts come from maintained counters: checked against the index, so a fast wrong count cannot pass.
    const truth = await bench.withBenchPage((page) => page.evaluate(() => globalThis.__fluenzrBench.stageCounts()));
    const shown = counts.split(' / ').map((text) => Number(text.replace(/\D/g, '')));
    const wrong = shown.join() !== truth.join();
    return [
      {
        figure: 'board open',
        value: round(median(all)),
        unit: 'ms',
        target: 300,
        failed: wrong || undefined,
        note: `median of ${RUNS} cold opens: ${all.map((v) => round(v, 0)).join(', ')} ms; columns ${counts}${wrong ? ` (WRONG: the index counts ${truth.join(' / ')})` : ''}`,
      },
    ];
  },
};
