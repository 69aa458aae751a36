import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvError } from '../../../lib/csv/errors';
import { parseContactsCsv } from '../../../lib/csv/import';
import { FUZZ, timed } from './budget';

// CSV bytes: whatever the file holds, the parser returns a result or a
// CsvError with its code (a clear message), never another exception, in bounded time.
// eslint-disable-next-line no-control-regex -- NUL bytes are part of what a hostile file holds
const csvish = fc.stringMatching(/^[a-zA-Z0-9@.,;\t|"' \r\n=+\-éü€\u0000]{0,400}$/);
const header = fc.constantFrom('Email,First name,Last name\n', 'E-mail 1 - Value;Organization Name\n', '', '\uFEFFemail\n', 'sep=;\n');

describe('fuzz: CSV bytes (parseContactsCsv)', () => {
  it('random bytes and CSV-like text give a result or a CsvError', () => {
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc.tuple(header, csvish).map(([head, body]) => new TextEncoder().encode(head + body)),
      fc.tuple(header, fc.array(fc.tuple(fc.emailAddress(), csvish), { maxLength: 40 })).map(([head, rows]) =>
        new TextEncoder().encode(head + rows.map(([email, rest]) => `${email},${rest}`).join('\n')),
      ),
    );
    fc.assert(
      fc.property(input, (bytes) => {
        const started = performance.now();
        try {
          const result = parseContactsCsv(bytes);
          expect(result.contacts.length).toBeLessThanOrEqual(result.rows);
        } catch (error) {
          if (!(error instanceof CsvError)) throw error;
          expect(typeof error.code).toBe('string');
        }
        expect(performance.now() - started).toBeLessThan(FUZZ.perCaseMs);
      }),
      { seed: FUZZ.seed, numRuns: FUZZ.numRuns * 2 },
    );
  });

  it('is bounded on 200 KB of generated rows', async () => {
    const row = (i: number) => `p${i}@acme.com,"Name ${i}, ""quoted""",Acme ${i}\n`;
    const bytes = new TextEncoder().encode('Email,Name,Company\n' + Array.from({ length: 4000 }, (_, i) => row(i)).join(''));
    await timed('200 KB CSV', () => parseContactsCsv(bytes));
  });
});
