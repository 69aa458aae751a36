import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { median, percentile, round } from '../stats';
import type { Figure, Row } from '../types';

const RUNS = 200;
const FIXTURE = 'tests/fixtures/linkedin/lists/real-search-classic-pl-2026.html';
const URL = 'https://www.linkedin.com/search/results/people/?keywords=obs%C5%82uga%20klienta';

/**
 * extractLinkedInList on the real 1.15 MB classic search page, in Chromium:
 * as saved (its 10 results), and with its own result items cloned to the 25
 * a results page can show (same markup, new slugs). Parsed once; each run
 * reads the whole document, as the content script does on every report.
 */
export const listExtract: Figure = {
  id: 'list-extract',
  async measure(bench) {
    const bundle = await build({ entryPoints: ['scripts/bench/list-entry.ts'], bundle: true, write: false, format: 'iife', globalName: 'listBench', platform: 'browser', target: 'chrome120' });
    const html = readFileSync(FIXTURE, 'utf8');
    const page = await bench.context.newPage();
    try {
      await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
      const result = await page.evaluate(
        ({ html, url, runs }) => {
          const reader = (globalThis as unknown as { listBench: { extractLinkedInList: (d: Document, u: string) => unknown[] } }).listBench;
          const time = (doc: Document) => {
            const times: number[] = [];
            let count = 0;
            for (let i = 0; i <= runs; i++) {
              const start = performance.now();
              count = reader.extractLinkedInList(doc, url).length;
              times.push(performance.now() - start);
            }
            return { cold: times.shift()!, times, count };
          };
          const saved = new DOMParser().parseFromString(html, 'text/html');
          const padded = new DOMParser().parseFromString(html, 'text/html');
          const items = [...padded.querySelectorAll('[data-chameleon-result-urn]')].map((card) => card.closest('li')!);
          for (let i = items.length; i < 25; i++) {
            const copy = items[i % items.length]!.cloneNode(true) as Element;
            for (const a of copy.querySelectorAll('a[href*="/in/"]')) a.setAttribute('href', a.getAttribute('href')!.replace(/\/in\/([^/?]+)/, `/in/$1-copy${i}`));
            items[0]!.parentElement!.append(copy);
          }
          return { bytes: html.length, saved: time(saved), padded: time(padded) };
        },
        { html, url: URL, runs: RUNS },
      );
      const rows = (label: string, r: { cold: number; times: number[]; count: number }, expected: number): Row[] => {
        const note = `${(result.bytes / 1e6).toFixed(2)} MB page, ${r.count} people read, cold ${round(r.cold)} ms, p95 ${round(percentile(r.times, 95))} ms, ${RUNS} runs`;
        return [{ figure: `LinkedIn list read, ${label}, median`, value: round(median(r.times)), unit: 'ms', target: 10, note, failed: r.count !== expected }];
      };
      return [...rows('real 1.15 MB search page (10 results)', result.saved, 10), ...rows('same page, 25 results', result.padded, 25)];
    } finally {
      await page.close();
    }
  },
};
