import { exportContactsCsv } from '../../../lib/csv/export';
import { parseContactsCsv } from '../../../lib/csv/import';
import { runImport } from '../../../lib/csv/run';
import { getDb } from '../../../lib/db/database';
import { DEFAULT_SETTINGS, type Contact } from '../../../lib/model';

async function seed() {
  const db = getDb();
  await db.fieldDefs.bulkAdd([
    { key: 'revenue', label: 'Revenue', type: 'number', createdAt: 1 },
    { key: 'vip', label: 'VIP', type: 'boolean', createdAt: 1 },
    { key: 'notes', label: 'Notes', type: 'text', createdAt: 1 },
    { key: 'email_copy', label: 'Email', type: 'text', createdAt: 1 },
  ]);
  const clients = (await db.groups.add({ name: 'Clients', color: '#000000', createdAt: 1 } as never)) as number;
  const paris = (await db.groups.add({ name: 'Paris; Île-de-France', color: '#000000', createdAt: 1 } as never)) as number;
  const base = { archived: 0 as const, editedFields: [], searchWords: [], createdAt: 1, updatedAt: 1, lastActivityAt: 1 };
  await db.contacts.bulkAdd([
    {
      ...base, email: 'elodie.martin@exemple.fr', firstName: 'Élodie', lastName: 'Martin-Noël', company: 'Exemple, "SA"',
      title: '=Directrice', phone: '+33 6 12 34 56 78', linkedinUrl: 'https://www.linkedin.com/in/elodie-martin',
      tags: ['VIP', 'Salon 2024'], groupIds: [clients, paris], stage: 'Negotiation', status: 'Replied',
      source: { method: 'linkedin', where: 'https://www.linkedin.com/in/elodie-martin', at: 1 },
      consent: { basis: 'consent', at: 1 },
      customFields: { revenue: -12.5, vip: true, notes: 'Line one\nline two; "quoted"', email_copy: '@home' },
    },
    {
      ...base, email: 'bob@globex.com', firstName: 'Bob', customFields: {}, tags: [], groupIds: [],
      stage: 'Lead', status: 'Active', source: { method: 'manual', where: 'manual', at: 1 }, consent: { basis: 'contract', at: 1 },
    },
    {
      ...base, archived: 1 as const, email: 'old@archive.fr', customFields: {}, tags: [], groupIds: [], stage: 'Lost', status: 'Active',
      source: { method: 'page', where: 'https://x.fr', at: 1 }, consent: { basis: 'other', at: 1 },
    },
  ] as never);
}

const comparable = (c: Contact) => ({
  email: c.email, firstName: c.firstName, lastName: c.lastName, company: c.company, title: c.title, phone: c.phone,
  linkedinUrl: c.linkedinUrl, tags: c.tags, groupIds: c.groupIds, stage: c.stage, status: c.status,
  method: c.source.method, where: c.source.where, basis: c.consent.basis, customFields: c.customFields,
});

describe('export then import gives back every field', () => {
  it.each(['csv', 'excel-fr'] as const)('%s', async (format) => {
    await seed();
    const db = getDb();
    const before = (await db.contacts.where('archived').equals(0).toArray()).map(comparable);
    const file = await exportContactsCsv({ all: true }, { format, pageSize: 1 });
    expect(file.count).toBe(2);
    const data = new Uint8Array(await file.blob.arrayBuffer());
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(data);
    if (format === 'excel-fr') {
      expect(text.slice(0, 19)).toBe('\uFEFFE-mail;Prénom;Nom;');
    } else {
      expect(text.startsWith('Email,First name,Last name,')).toBe(true);
    }
    // Formulas are neutralized in the file itself.
    expect(text).toContain("'=Directrice");
    expect(text).toContain("'-12.5");
    expect(text).not.toContain('old@archive.fr');

    await db.contacts.clear();
    const parse = parseContactsCsv(data, { fieldDefs: await db.fieldDefs.toArray(), sourceLabel: file.fileName });
    expect(parse.columns.filter((c) => c.field === null).map((c) => c.header)).toEqual([]);
    const { report } = await runImport(parse, { policy: 'fill', tags: [], consentBasis: 'legitimate_interest', sourceLabel: file.fileName }, DEFAULT_SETTINGS, file.fileName);
    expect(report.created).toBe(2);
    const after = (await db.contacts.toArray()).map(comparable);
    expect(after).toEqual(before);
    expect(await db.groups.count()).toBe(2);
  });

  it('exports a selection by ids and a filtered page source', async () => {
    await seed();
    const ids = (await getDb().contacts.toArray()).map((c) => c.id);
    const byIds = await exportContactsCsv({ ids: [ids[1]!] }, { columns: ['email', 'stage'] });
    expect(await byIds.blob.text()).toBe('Email,Stage\r\nbob@globex.com,Lead\r\n');
    async function* pages() {
      yield await getDb().contacts.toArray();
    }
    const segment = await exportContactsCsv({ pages: pages(), where: (c) => c.stage === 'Lost' }, { columns: ['email'], includeArchived: true });
    expect(await segment.blob.text()).toBe('Email\r\nold@archive.fr\r\n');
  });
});
