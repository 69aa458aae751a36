import { csvCell, csvLine } from '../../../lib/csv/escape';
import { unguard } from '../../../lib/csv/escape';
import { exportContactsCsv } from '../../../lib/csv/export';
import { upsertByEmail } from '../../../lib/contacts/repository';
import { getDb } from '../../../lib/db/database';
import { draft } from '../helpers/drafts';

describe('cells a spreadsheet would run are neutralized', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+33 6 12 34 56 78', "'+33 6 12 34 56 78"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['\tx', '"\'\tx"'],
    ['\rx', '"\'\rx"'],
    ["'=already", "''=already"],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
  ])('%j → %j, and back', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
    const inner = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
    expect(unguard(inner)).toBe(value);
  });

  it('a line ends with CRLF and uses the delimiter', () => {
    expect(csvLine(['a', 'b;c', ''], ';')).toBe('a;"b;c";\r\n');
  });
});

describe('export', () => {
  it('leaves archived contacts out unless asked, and names groups', async () => {
    const db = getDb();
    const group = (await db.groups.add({ name: 'Clients', color: '#000000', createdAt: 1 } as never)) as number;
    await upsertByEmail(draft({ groupIds: [group], tags: ['VIP'] }));
    await upsertByEmail(draft({ email: 'old@x.fr' }));
    await db.contacts.where('email').equals('old@x.fr').modify({ archived: 1 });
    const live = await exportContactsCsv({ all: true }, { columns: ['email', 'groups', 'tags'] });
    expect(await live.blob.text()).toBe('Email,Groups,Tags\r\njane.doe@acme.com,Clients,VIP\r\n');
    const everyone = await exportContactsCsv({ all: true }, { columns: ['email'], includeArchived: true, format: 'excel-fr' });
    expect(new Uint8Array(await everyone.blob.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(everyone.count).toBe(2);
    expect(everyone.fileName).toMatch(/^contacts-\d{4}-\d{2}-\d{2}-excel\.csv$/);
  });
});
