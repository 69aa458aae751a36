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

describe('export reads pages ahead, in order', () => {
  const emails = (text: string) => text.split('\r\n').slice(1, -1);

  it('every contact once, in id order, across id windows with holes left by deletes, and an explicit id list', async () => {
    const db = getDb();
    const ids: number[] = [];
    for (let i = 0; i < 230; i++) {
      const result = await upsertByEmail(draft({ email: `p${String(i).padStart(3, '0')}@acme.com` }));
      if (result.outcome !== 'created') throw new Error('setup');
      ids.push(result.contact.id);
    }
    // A long run of deleted ids (an empty window) and scattered ones.
    await db.contacts.bulkDelete([...ids.slice(40, 120), ...ids.filter((_, i) => i % 7 === 0)]);
    const kept = await db.contacts.orderBy(':id').toArray();
    const all = await exportContactsCsv({ all: true }, { columns: ['email'], pageSize: 10 });
    expect(emails(await all.blob.text())).toEqual(kept.map((c) => c.email));
    expect(all.count).toBe(kept.length);

    const chosen = [ids[200]!, ids[1]!, ids[50]!, ids[3]!, ids[150]!];
    const some = await exportContactsCsv({ ids: chosen }, { columns: ['email'], pageSize: 2 });
    const byId = new Map(kept.map((c) => [c.id, c.email]));
    expect(emails(await some.blob.text())).toEqual(chosen.filter((id) => byId.has(id)).map((id) => byId.get(id)));
  });

  it('contacts beyond a miscounted base are still exported (the count only sizes the windows)', async () => {
    const db = getDb();
    for (let i = 0; i < 30; i++) await upsertByEmail(draft({ email: `q${i}@acme.com` }));
    await db.counters.put({ key: 'archived:0', n: 3 });
    const all = await exportContactsCsv({ all: true }, { columns: ['email'], pageSize: 4 });
    expect(all.count).toBe(30);
  });
});
