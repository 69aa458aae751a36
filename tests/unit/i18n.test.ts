import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserLocale, messageKeys, translator } from '../../lib/i18n';

describe('i18n', () => {
  it('has every English key in French, and the reverse', () => {
    expect(messageKeys('fr').sort()).toEqual(messageKeys('en').sort());
  });

  it('interpolates parameters', () => {
    expect(translator('fr')('plan.usage', { used: 123, limit: 300 })).toBe('123 / 300 contacts');
  });

  it('picks French for any French browser locale', () => {
    expect(browserLocale('fr-CA')).toBe('fr');
    expect(browserLocale('de-DE')).toBe('en');
  });

  it('every key the UI uses exists', () => {
    const used = new Set<string>();
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
    for (const file of [...walk('components'), ...walk('entrypoints')].filter((f) => /\.tsx?$/.test(f))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z0-9_.]+)'/g)) used.add(match[1]!);
    }
    const known = new Set(messageKeys('en'));
    expect([...used].filter((key) => !known.has(key))).toEqual([]);
  });
});
