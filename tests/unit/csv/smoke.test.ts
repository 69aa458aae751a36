import { readdirSync } from 'node:fs';
import { parseContactsCsv } from '../../../lib/csv/import';
import { fixture } from './fixture';
test('smoke', () => {
  for (const f of readdirSync('tests/fixtures/csv')) {
    const r = parseContactsCsv(fixture(f), { now: 1 });
    console.log(f, r.encoding, JSON.stringify(r.delimiter), r.headerLine, JSON.stringify(r.columns.map(c => [c.header, c.field, c.confidence, c.reason, c.suggestion?.type])), JSON.stringify(r.contacts), JSON.stringify(r.rejected));
  }
});
