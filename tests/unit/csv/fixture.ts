import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve('tests/fixtures/csv', name)));
export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
