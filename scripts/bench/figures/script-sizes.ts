import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_PATH } from '../browser';
import { round } from '../stats';
import type { Figure, Row } from '../types';

/** Content scripts are injected into every LinkedIn/Gmail page: each must stay small. */
const CONTENT_SCRIPT_MAX_KB = 15;
const kb = (bytes: number) => round(bytes / 1000, 2);
const size = (file: string) => statSync(join(EXTENSION_PATH, file)).size;

/** Sizes of the built scripts: each content script (with target), the worker and each page (total JS it loads). */
export const scriptSizes: Figure = {
  id: 'sizes',
  async measure() {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_PATH, 'manifest.json'), 'utf8')) as {
      content_scripts?: Array<{ js?: string[] }>;
      background?: { service_worker?: string };
    };
    const rows: Row[] = [];
    for (const file of new Set(manifest.content_scripts?.flatMap((script) => script.js ?? []) ?? [])) {
      rows.push({ figure: `size: ${file}`, value: kb(size(file)), unit: 'KB', target: CONTENT_SCRIPT_MAX_KB });
    }
    const worker = manifest.background?.service_worker;
    if (worker) rows.push({ figure: `size: ${worker}`, value: kb(size(worker)), unit: 'KB', target: null });
    for (const html of readdirSync(EXTENSION_PATH).filter((f) => f.endsWith('.html')).sort()) {
      // Every script the page loads or preloads (its chunks included).
      const source = readFileSync(join(EXTENSION_PATH, html), 'utf8');
      const scripts = new Set([...source.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!));
      const total = [...scripts].reduce((sum, file) => sum + size(file), 0);
      rows.push({ figure: `size: ${html} (${scripts.size} scripts)`, value: kb(total), unit: 'KB', target: null });
    }
    return rows;
  },
};
