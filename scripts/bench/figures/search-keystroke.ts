import type { Page } from '@playwright/test';
import { median, percentile, round } from '../stats';
import type { Figure } from '../types';

/**
 * Typed one key at a time into the manager's quick search (accents and case
 * ignored: "muller" finds Müller). Every keystroke that changes what the
 * table must show is timed.
 */
const QUERIES = ['muller', 'elodie du'];
const ROWS = 5;

type Expectation = { total: number; ids: number[] };
type Probe = { keyAt?: number; doneAt?: number; expect?: Expectation };

/** Installed once in the manager: marks each keystroke (keydown, or the input event of a typed character). */
function keyProbe() {
  const w = window as unknown as { __search: Probe };
  w.__search = {};
  const mark = (event: Event) => {
    w.__search.keyAt ??= event.timeStamp;
  };
  document.addEventListener('keydown', mark, true);
  document.addEventListener('input', mark, true);
}

/** Arm the watcher: done when the count shows the expected total and the table's first rows are the expected ones. */
function arm(page: Page, expect: Expectation): Promise<void> {
  return page.evaluate((expected) => {
    const w = window as unknown as { __search: Probe; __searchDone?: Promise<void> };
    const mine: Probe = { expect: expected };
    w.__search = mine;
    const shown = () => {
      const count = document.querySelector('[data-testid="contacts-count"]')?.textContent ?? '';
      if (Number(count.replace(/\D/g, '')) !== expected.total || !/\d/.test(count)) return false;
      if (expected.total === 0) return !!document.querySelector('[data-testid="contacts-empty"]');
      const rows = [...document.querySelectorAll('[data-testid="contact-row"]')].slice(0, expected.ids.length);
      return rows.length === expected.ids.length && rows.every((row, i) => row.id === `contact-row-${expected.ids[i]}`);
    };
    w.__searchDone = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        // A watcher armed for an earlier keystroke stops here.
        if (w.__search !== mine) return observer.disconnect();
        if (mine.keyAt === undefined || !shown()) return;
        mine.doneAt = performance.now();
        observer.disconnect();
        resolve();
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['id'] });
    });
  }, expect);
}

async function waitDone(page: Page): Promise<number | null> {
  const done = await page.evaluate(
    () =>
      Promise.race([
        (window as unknown as { __searchDone: Promise<void> }).__searchDone.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000)),
      ]),
  );
  if (!done) return null;
  return page.evaluate(() => {
    const { keyAt, doneAt } = (window as unknown as { __search: Probe }).__search;
    return doneAt! - keyAt!;
  });
}

/**
 * The manager open on every contact; each query typed key by key. For each
 * prefix, the expected count and first rows come from the production query
 * (lib/contacts/query, as the table uses it), computed beforehand in another
 * page; the time runs from the keystroke event to the moment the table shows
 * exactly those rows. Figure: the median keystroke; p95 and worst in notes.
 */
export const searchKeystroke: Figure = {
  id: 'search',
  async measure(bench) {
    const prefixes = ['', ...QUERIES.flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1)))];
    const expected = await bench.withBenchPage((page) =>
      page.evaluate(async ({ prefixes, rows }) => {
        const out: Record<string, Expectation> = {};
        for (const prefix of prefixes) out[prefix] = await globalThis.__fluenzrBench.searchExpectation(prefix, rows);
        return out;
      }, { prefixes, rows: ROWS }),
    );
    const same = (a: Expectation, b: Expectation) => a.total === b.total && a.ids.join() === b.ids.join();

    const page = await bench.context.newPage();
    await page.addInitScript(keyProbe);
    await page.goto(`chrome-extension://${bench.extensionId}/options.html#/contacts`);
    await page.locator('[data-testid="contact-row"]').first().waitFor({ timeout: 60_000 });
    const input = page.locator('input[type=search]');
    await input.focus();

    const times: number[] = [];
    const lines: string[] = [];
    let timedOut = 0;
    for (const query of QUERIES) {
      const keys: string[] = [];
      for (let i = 0; i < query.length; i++) {
        const before = expected[query.slice(0, i)]!;
        const after = expected[query.slice(0, i + 1)]!;
        await arm(page, after);
        await page.keyboard.type(query[i]!);
        if (same(before, after)) {
          // Nothing to see change: let the query it started finish before the next key.
          await page.waitForTimeout(1500);
          continue;
        }
        const ms = await waitDone(page);
        if (ms === null) timedOut++;
        else times.push(ms);
        keys.push(`${query.slice(0, i + 1)}→${after.total} ${ms === null ? 'timeout' : round(ms, 0)}`);
        await page.waitForTimeout(200);
      }
      lines.push(keys.join(', '));
      // Back to every contact before the next query.
      await arm(page, expected['']!);
      await input.fill('');
      await waitDone(page);
    }
    await page.close();
    // The reads alone, with and without the day walk, to tell the page's share from the database's.
    const timed = [...new Set(QUERIES.flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1))))];
    const reads = await bench.withBenchPage((page) =>
      page.evaluate(async (prefixes) => {
        const helpers = globalThis.__fluenzrBench;
        return { walk: await helpers.searchReadTimes(prefixes, 5), indexOnly: await helpers.searchReadTimes(prefixes, 5, { days: false }) };
      }, timed),
    );
    const readLine = (times: Record<string, { first: number; total: number }>) =>
      timed.map((p) => `${p} ${round(times[p]!.first, 0)}/${round(times[p]!.total, 0)}`).join(', ');
    lines.push(`reads alone, median of 5, first 50 rows / count and 100 rows (ms): ${readLine(reads.walk)}`);
    lines.push(`same without the day walk: ${readLine(reads.indexOnly)}`);
    const failed = timedOut > 0 || times.length === 0;
    return [
      {
        figure: 'search keystroke to results, median',
        value: times.length ? round(median(times)) : null,
        unit: 'ms',
        target: 100,
        failed: failed || undefined,
        note: `${times.length} keystrokes${timedOut ? `, ${timedOut} never showed the expected rows` : ''}; ms per keystroke (prefix→matches): ${lines.join(' | ')}`,
      },
      {
        figure: 'search keystroke to results, p95 / worst',
        value: times.length ? round(percentile(times, 95)) : null,
        unit: 'ms',
        target: null,
        note: `worst ${times.length ? round(Math.max(...times), 0) : '—'} ms`,
      },
    ];
  },
};
