import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A committed fixture page parsed into its own document (no innerHTML). */
export function fixtureDocument(path: string): Document {
  const html = readFileSync(resolve('tests/fixtures', path), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}
