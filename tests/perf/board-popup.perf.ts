import { mkdirSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../e2e/support/extension';
import { sampleContacts, SAMPLE_GROUPS, seedDatabase } from '../e2e/support/seed';
import { STAGES, type Stage } from '../../lib/model';

/*
 * Board open and popup open with 100,000 contacts, in real Chromium: each
 * open is a fresh page load, timed from navigation start (performance.now())
 * to the moment a MutationObserver sees the finished screen. Targets from
 * issue 5: board open 300 ms, popup open 200 ms.
 */
const TOTAL = 100_000;
const RUNS = 5;
const CHUNK = 10_000;
// 40 % leads (a 40,000-card column), then fewer at each later stage.
const SHARES: Array<[Stage, number]> = [['Lead', 0.4], ['Qualified', 0.2], ['Proposal', 0.15], ['Negotiation', 0.1], ['Won', 0.1], ['Lost', 0.05]];
const stageOf = (i: number): Stage => {
  let edge = 0;
  for (const [stage, share] of SHARES) if ((i % 100) < (edge += share * 100)) return stage;
  return 'Lost';
};

/** Installed in every page: records when each screen is first complete. */
function readyProbe() {
  const marks: Record<string, number> = {};
  (window as unknown as { __marks: typeof marks }).__marks = marks;
  const check = () => {
    const cards = document.querySelector('[data-testid="column-Lead"] [data-testid="board-card"]');
    if (!marks.board && cards && document.querySelectorAll('[data-testid="stage-count"]').length === 6) marks.board = performance.now();
    if (!marks.popup && document.querySelectorAll('[data-testid="recent-contacts"] button').length >= 5 && document.querySelector('[data-testid="plan-usage"]')) {
      marks.popup = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
}

async function timeOpen(context: BrowserContext, url: string, mark: 'board' | 'popup'): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  const handle = await page.waitForFunction((m) => (window as unknown as { __marks?: Record<string, number> }).__marks?.[m], mark, { timeout: 60_000 });
  const value = (await handle.jsonValue()) as number;
  await page.close();
  return value;
}

/** Time, inside the page, from `act` to the first DOM change after which `done` holds. */
function timeInPage(page: Page, step: 'filter' | 'search', before: string): Promise<number> {
  return page.evaluate(
    ({ step, before }) =>
      new Promise<number>((resolve) => {
        const leads = () => document.querySelector('[data-testid="stage-tab-Lead"] [data-testid="stage-count"]')?.textContent;
        const done = () => (step === 'filter' ? leads() !== before : Boolean(document.querySelector('[data-testid="search-results"] button')));
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(document, { subtree: true, childList: true, characterData: true });
        if (step === 'filter') {
          const label = [...document.querySelectorAll('label')].find((l) => l.textContent === 'Tag')!;
          const select = document.getElementById(label.htmlFor) as HTMLSelectElement;
          select.value = 'fintech';
          select.dispatchEvent(new Event('change', { bubbles: true }));
        } else {
          // React tracks the value: set it through the native setter, then announce the input.
          const input = document.querySelector('input[type=search]') as HTMLInputElement;
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, 'elodie gar');
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }
      }),
    { step, before },
  );
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: Math.round(sorted[Math.floor(sorted.length / 2)]!), min: Math.round(sorted[0]!), max: Math.round(sorted.at(-1)!), runs: values.map(Math.round) };
};

test('board and popup open with 100,000 contacts', async ({ context, extensionId, openExtensionPage }) => {
  await context.addInitScript(readyProbe);
  const seeder = await openExtensionPage('sidepanel');
  await expect(seeder.getByTestId('board')).toBeVisible();
  const seedStart = Date.now();
  await seedDatabase(seeder, { groups: SAMPLE_GROUPS, plan: 'pro' });
  for (let start = 0; start < TOTAL; start += CHUNK) {
    await seedDatabase(seeder, { contacts: sampleContacts(CHUNK, { start, stageOf, now: 1_780_000_000_000 }) });
    console.log(`seeded ${start + CHUNK} contacts in ${Math.round((Date.now() - seedStart) / 1000)} s`);
  }
  const seedSeconds = Math.round((Date.now() - seedStart) / 1000);
  await seeder.close();

  const base = `chrome-extension://${extensionId}`;
  const board: number[] = [];
  const popup: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    board.push(await timeOpen(context, `${base}/sidepanel.html`, 'board'));
    popup.push(await timeOpen(context, `${base}/popup.html`, 'popup'));
    console.log(`run ${run + 1}: board ${Math.round(board[run]!)} ms, popup ${Math.round(popup[run]!)} ms`);
  }

  // A filter over a quarter of the base, and a search keystroke in the popup.
  const panel = await context.newPage();
  await panel.goto(`${base}/sidepanel.html`);
  await expect(panel.getByTestId('stage-tab-Lead').getByTestId('stage-count')).toHaveText((TOTAL * 0.4).toLocaleString('en'));
  const before = await panel.getByTestId('stage-tab-Lead').getByTestId('stage-count').textContent();
  const filter = await timeInPage(panel, 'filter', before ?? '');
  console.log('tag filter', filter);
  const filteredLeads = await panel.getByTestId('stage-tab-Lead').getByTestId('stage-count').textContent();

  const popupPage = await context.newPage();
  await popupPage.goto(`${base}/popup.html`);
  await expect(popupPage.getByTestId('recent-contacts').getByRole('button')).toHaveCount(5);
  const search = await timeInPage(popupPage, 'search', '');
  console.log('popup search', search);

  const counts = await Promise.all(STAGES.map((s) => panel.getByTestId(`stage-tab-${s}`).getByTestId('stage-count').textContent()));
  const result = {
    contacts: TOTAL,
    seedSeconds,
    boardOpenMs: stats(board),
    popupOpenMs: stats(popup),
    tagFilterMs: Math.round(filter),
    filteredLeads,
    popupSearchMs: Math.round(search),
    countsWithFilter: Object.fromEntries(STAGES.map((s, i) => [s, counts[i]])),
    targets: { boardOpenMs: 300, popupOpenMs: 200 },
  };
  console.log(JSON.stringify(result, null, 2));
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/board-popup.json', JSON.stringify(result, null, 2));
});
