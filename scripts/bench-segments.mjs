// Segment count benchmark over 100,000 deterministic contacts: `npm run bench:segments`.
// Bundles scripts/bench/*.ts with esbuild (already installed by Vite), then runs it
// in real Chromium (the number that matters) and, with --node, in Node on fake-indexeddb.
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const total = Number(process.env.BENCH_CONTACTS ?? 100_000);
// Timings on a shared machine mean little without its load: print it.
const load = () => `load average ${loadavg().map((v) => v.toFixed(1)).join(' / ')} on ${cpus().length} cores`;
console.log(`Segment benchmark, ${total} contacts; ${load()}`);
// Inside the project so the Node bundle resolves its packages from node_modules.
const out = resolve('node_modules/.cache/bench-segments');
mkdirSync(out, { recursive: true });
const common = { bundle: true, write: true, logLevel: 'warning', define: { 'import.meta.env.BROWSER': '"chrome"' } };

try {
  if (process.argv.includes('--node')) {
    await build({ ...common, entryPoints: ['scripts/bench/node-entry.ts'], outfile: join(out, 'node.mjs'), platform: 'node', format: 'esm', packages: 'external' });
    await import(pathToFileURL(join(out, 'node.mjs')).href);
  }
  await build({ ...common, entryPoints: ['scripts/bench/browser-entry.ts'], outfile: join(out, 'browser.js'), platform: 'browser', format: 'iife' });
  const script = readFileSync(join(out, 'browser.js'), 'utf8');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true });
  const page = await browser.newPage();
  // A served page (not about:blank) so the page has an origin with IndexedDB.
  await page.route('http://bench.test/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>bench</title><script>${script.replace(/<\/script/g, '<\\/script')}</script>` }),
  );
  await page.goto('http://bench.test/');
  console.log(`Chromium: filling ${total} contacts…`);
  console.log(await page.evaluate((n) => window.runBench(n), total));
  await browser.close();
  console.log(`done; ${load()}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
