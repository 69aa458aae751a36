import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A committed LinkedIn fixture page, parsed into its own document. */
export function loadFixture(name: string): Document {
  const html = readFileSync(resolve('tests/fixtures/linkedin', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}
