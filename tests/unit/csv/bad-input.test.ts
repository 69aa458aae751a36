import fc from 'fast-check';
import { CsvError, type CsvErrorCode } from '../../../lib/csv/errors';
import { parseContactsCsv } from '../../../lib/csv/import';
import { bytes, fixture } from './fixture';

/** A fixed seed: a failure in CI is the same failure on any machine (fast-check prints it too). */
const SEED = 20_261_203;

function refusal(input: Uint8Array): { code: CsvErrorCode; line?: number; detail?: string } {
  try {
    parseContactsCsv(input);
  } catch (error) {
    if (error instanceof CsvError) return { code: error.code, line: error.line, detail: error.detail };
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('files that cannot be imported are refused with the reason', () => {
  it.each([
    ['empty.csv', { code: 'empty' }],
    ['binary.csv', { code: 'binary' }],
    ['no-header.csv', { code: 'no_header', line: 1 }],
    ['no-email-column.csv', { code: 'no_email_column', line: 1 }],
    ['unbalanced-quotes.csv', { code: 'unbalanced_quotes', line: 2 }],
    ['many-columns.csv', { code: 'too_many_columns', line: 1 }],
  ])('%s', (file, expected) => {
    expect(refusal(fixture(file))).toMatchObject(expected);
  });

  it('repeated headers are not a refusal: both columns are read, as fallbacks of one field', () => {
    const result = parseContactsCsv(fixture('duplicate-headers.csv'));
    expect(result.columns.map((c) => [c.id, c.field])).toEqual([['Email', 'email'], ['Name', 'fullName'], ['Company', 'company'], ['email', 'email']]);
    expect(result.contacts).toMatchObject([{ email: 'jane@acme.com', firstName: 'Jane', company: 'Acme' }]);
  });

  it('a file of blank lines is empty', () => {
    expect(refusal(bytes('\n\r\n  \n'))).toMatchObject({ code: 'empty' });
  });

  it('a 10 MB cell', () => {
    const big = `Email,Notes\na@b.fr,"${'x'.repeat(10 * 1024 * 1024)}"\n`;
    expect(refusal(bytes(big))).toMatchObject({ code: 'cell_too_large', line: 2 });
    const unquoted = `Email,Notes\na@b.fr,${'x'.repeat(10 * 1024 * 1024)}\n`;
    expect(refusal(bytes(unquoted))).toMatchObject({ code: 'cell_too_large', line: 2 });
  });
});

describe('fuzz: the parser returns a result or a CsvError, nothing else', () => {
  const accept = (input: Uint8Array) => {
    try {
      const result = parseContactsCsv(input);
      // Whatever comes out is well-formed.
      expect(result.contacts.length).toBe(result.meta.length);
      for (const contact of result.contacts) expect(contact.email).toMatch(/@/);
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
    }
  };

  it('random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), accept), { seed: SEED, numRuns: 300 });
  });

  it('random CSV-ish text', () => {
    const char = fc.constantFrom(',', ';', '\t', '|', '"', '\n', '\r', ' ', 'a', 'é', '@', '.', 'x', '=', "'", ':');
    const text = fc.array(fc.oneof(char, fc.constantFrom('Email', 'First Name', 'jane@acme.com', ' ::: ', 'b@c.fr')), { maxLength: 120 });
    fc.assert(fc.property(text, (parts) => accept(bytes(parts.join('')))), { seed: SEED, numRuns: 400 });
  });

  it('real files, mutated', () => {
    const files = ['linkedin-connections.csv', 'google-contacts.csv', 'outlook.csv', 'excel-fr-1252.csv', 'rows-quirks.csv', 'utf16-tab.csv'].map(fixture);
    const mutation = fc.record({
      file: fc.nat(files.length - 1),
      edits: fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }), kind: fc.constantFrom('set', 'insert', 'delete') }), { maxLength: 8 }),
    });
    fc.assert(
      fc.property(mutation, ({ file, edits }) => {
        const data = [...files[file]!];
        for (const edit of edits) {
          const at = edit.at % (data.length + 1);
          if (edit.kind === 'set') data[at] = edit.byte;
          else if (edit.kind === 'insert') data.splice(at, 0, edit.byte);
          else data.splice(at, 1);
        }
        accept(new Uint8Array(data));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});
