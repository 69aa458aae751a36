import { parseAddressList, splitPersonName } from '../../../lib/csv/addresses';
import { exportContactsCsv } from '../../../lib/csv/export';
import { parseContactsCsv } from '../../../lib/csv/import';
import { splitList } from '../../../lib/csv/lists';
import { readPhone } from '../../../lib/csv/phone';
import { runImport } from '../../../lib/csv/run';
import { getDb } from '../../../lib/db/database';
import { DEFAULT_SETTINGS } from '../../../lib/model';
import { bytes, fixture } from './fixture';

const choices = { policy: 'fill' as const, tags: [], consentBasis: 'legitimate_interest' as const, sourceLabel: 'round2.csv' };
const fieldsOf = (file: string) => Object.fromEntries(parseContactsCsv(fixture(file)).columns.map((c) => [c.id, c.field]));

describe('prefixed headers and fallback columns (Pipedrive in French)', () => {
  it('"Personne - …" columns map; the company is kept; the name is split', () => {
    expect(fieldsOf('pipedrive-fr-personnes.csv')).toMatchObject({
      'Personne - Nom': 'fullName',
      'Personne - Prénom': 'firstName',
      'Personne - Nom de famille': 'lastName',
      'Personne - Organisation': 'company',
      'Personne - E-mail - Travail': 'email',
      'Personne - E-mail - Domicile': 'email',
      'Personne - E-mail - Autre': 'email',
      'Personne - Téléphone - Mobile': 'phone',
      // The organization's name is the company's fallback column.
      'Organisation - Nom': 'company',
    });
    const [amelie, luc, zoe] = parseContactsCsv(fixture('pipedrive-fr-personnes.csv')).contacts;
    expect(amelie).toMatchObject({ email: 'amelie.durand@ateliers-durand.example', firstName: 'Amélie', lastName: 'Durand', company: 'Ateliers Durand', phone: '+33 6 12 34 56 78' });
    // Only a home email: still a contact. Only "Personne - Nom": split into first and last name.
    expect(luc).toMatchObject({ email: 'luc.martin@maison.example', phone: '+33 1 23 45 67 89' });
    expect(zoe).toMatchObject({ email: 'zoe@petit-fils.example', otherEmails: ['zoe.petit@autre.example'], firstName: 'Zoé', lastName: 'Petit', phone: '+33 4 56 78 90 12' });
  });

  it('work before home before other, whatever the column order', () => {
    const result = parseContactsCsv(bytes('Email - Other,Email - Home,Email - Work\no@x.fr,h@x.fr,w@x.fr\no2@x.fr,h2@x.fr,\n'));
    expect(result.contacts).toMatchObject([
      { email: 'w@x.fr', otherEmails: ['h@x.fr', 'o@x.fr'] },
      { email: 'h2@x.fr', otherEmails: ['o2@x.fr'] },
    ]);
  });
});

describe('repeated headers (Outlook in French: "Titre" twice)', () => {
  it('the first Titre is the honorific, the second the job title; Windows-1252 is read', () => {
    const result = parseContactsCsv(fixture('outlook-fr-1252.csv'));
    const titles = result.columns.filter((c) => c.header === 'Titre');
    expect(titles.map((c) => [c.id, c.field, c.reason])).toEqual([['Titre', null, 'honorific'], ['Titre (2)', 'title', 'alias']]);
    expect(result.encoding).toBe('windows-1252');
    expect(result.contacts[0]).toMatchObject({
      email: 'helene.lefevre@sge.example', otherEmails: ['h.lefevre@perso.example'], firstName: 'Hélène', lastName: 'Lefèvre',
      company: "Société Générale d'Études", title: 'Directrice des achats', phone: '+33 6 98 76 54 32', tags: ['Clients', 'Salon 2025'],
    });
    expect(result.contacts[1]).toMatchObject({ title: 'Gérant', phone: '+33 1 40 00 00 00' });
    // Outlook's own bookkeeping is offered as custom fields, not chosen; notes are kept.
    expect(fieldsOf('outlook-fr-1252.csv')).toMatchObject({ 'Type de messagerie': null, Priorité: null, Sexe: null, Notes: 'custom:notes' });
  });

  it('a remembered mapping tells the two apart by position', () => {
    const file = bytes('Titre,Email,Titre\nM.,a@x.fr,CEO\n');
    const result = parseContactsCsv(file, { mapping: { Titre: 'custom:civilite', 'Titre (2)': 'title' } });
    expect(result.contacts[0]).toMatchObject({ title: 'CEO', customFields: { civilite: 'M.' } });
  });
});

describe('footers (Salesforce report export)', () => {
  it('totals, "Confidential" and copyright lines are not rows', () => {
    const result = parseContactsCsv(fixture('salesforce-report-footer.csv'));
    expect(result.footerLines).toBe(3);
    expect(result.rows).toBe(3);
    expect(result.contacts.map((c) => c.email)).toEqual(['jane.doe@acme.example', 'rahul.mehta@globex.example']);
    // Ana has no email: a real row, rejected with her line, not taken for a footer.
    expect(result.rejected).toEqual([{ line: 4, reason: 'no_email' }]);
  });

  it('an email-less row at the end is still a row when nothing says footer', () => {
    const result = parseContactsCsv(bytes('Email,Name\na@x.fr,A\n,Bob\n'));
    expect([result.footerLines, result.rejected]).toEqual([0, [{ line: 3, reason: 'no_email' }]]);
  });
});

describe('MacRoman (Excel for Mac)', () => {
  it('is told from Windows-1252 by the words it makes', () => {
    const result = parseContactsCsv(fixture('excel-mac-macroman.csv'));
    expect(result.encoding).toBe('macintosh');
    expect(result.columns.find((c) => c.header === 'Société')!.field).toBe('company');
    expect(result.contacts[1]).toMatchObject({ firstName: 'Jérôme', lastName: 'Dubœuf', company: "Société Française d'Études" });
  });
});

describe('addresses with display names, several per cell, quoted tag lists', () => {
  it.each([
    ['Jean Dupont <jean@x.fr>', [{ address: 'jean@x.fr', name: 'Jean Dupont' }]],
    ['"Durand, Luc" <luc@x.fr>', [{ address: 'luc@x.fr', name: 'Durand, Luc' }]],
    ['Durand, Luc <luc@x.fr>', [{ address: 'luc@x.fr', name: 'Durand, Luc' }]],
    ['‹marie@x.fr›', [{ address: 'marie@x.fr' }]],
    ['paul@x.fr (Paul Martin)', [{ address: 'paul@x.fr', name: 'Paul Martin' }]],
    ['a@x.fr; b@x.fr, "C, D" <c@x.fr>', [{ address: 'a@x.fr' }, { address: 'b@x.fr' }, { address: 'c@x.fr', name: 'C, D' }]],
    ['carol@x.fr;Carol', [{ address: 'carol@x.fr;Carol' }]],
  ])('%s', (cell, expected) => {
    expect(parseAddressList(cell)).toEqual(expected);
  });

  it('"Durand, Luc" is Luc Durand', () => {
    expect(splitPersonName('Durand, Luc')).toEqual({ firstName: 'Luc', lastName: 'Durand' });
  });

  it.each([
    ['"Salon","Client"', ['Salon', 'Client']],
    ['["Salon", "Prospect"]', ['Salon', 'Prospect']],
    ['"Paris, 2025";VIP', ['Paris, 2025', 'VIP']],
    ['Salon ::: Client', ['Salon', 'Client']],
    ['« Salon » | Client', ['Salon', 'Client']],
  ])('tags %s', (cell, expected) => {
    expect(splitList(cell)).toEqual(expected);
  });

  it('the file: names fill empty name fields, other addresses are kept', () => {
    const result = parseContactsCsv(fixture('display-names.csv'));
    expect(result.contacts).toMatchObject([
      { email: 'jean.dupont@exemple.example', firstName: 'Jean', lastName: 'Dupont', tags: ['Salon', 'Client'] },
      { email: 'luc.durand@exemple.example', firstName: 'Luc', lastName: 'Durand', otherEmails: ['luc@perso.example'], tags: ['Salon', 'Prospect'] },
      { email: 'marie@exemple.example', otherEmails: ['m.curie@labo.example'], tags: ['Paris, 2025', 'VIP'] },
      { email: 'paul@exemple.example', firstName: 'Paul', lastName: 'Martin' },
    ]);
    expect(result.contacts[2]!.firstName).toBeUndefined();
  });
});

describe('phones as bare international digits (Brevo SMS)', () => {
  it.each([
    ['33612345678', '+33 6 12 34 56 78'],
    ['447911123456', '+44 7911 123456'],
    ['0612345678', '0612345678'],
    ['12345678', '12345678'],
  ])('%s → %s', (raw, expected) => {
    expect(readPhone(raw)).toBe(expected);
  });

  it('the SMS column is the phone; unmapped columns with values become typed custom fields', () => {
    const result = parseContactsCsv(fixture('brevo-contacts.csv'));
    expect(result.contacts[0]).toMatchObject({ email: 'camille@exemple.example', phone: '+33 6 12 34 56 78' });
    const suggestion = (id: string) => result.columns.find((c) => c.id === id)!;
    expect(suggestion('DATE_INSCRIPTION')).toMatchObject({ field: 'custom:date_inscription', reason: 'new', suggestion: { type: 'date' } });
    expect(suggestion('SCORE')).toMatchObject({ field: 'custom:score', suggestion: { type: 'number' } });
    expect(suggestion('SITE').suggestion!.type).toBe('url');
    expect(suggestion('NIVEAU')).toMatchObject({ field: 'custom:niveau', suggestion: { type: 'choice', options: ['Chaud', 'Froid', 'Tiède'] } });
    // A column of honorifics is offered, not chosen.
    expect(suggestion('CIVILITE')).toMatchObject({ field: null });
    expect(result.contacts[0]!.customFields).toEqual({ date_inscription: '2025-03-14', score: 12, site: 'https://exemple.example', niveau: 'Chaud' });
  });

  it('a bare-digit column without a name is sniffed as the phone', () => {
    const lines = ['Email,Numéro'];
    for (let i = 0; i < 5; i++) lines.push(`p${i}@x.fr,3361234567${i}`);
    expect(parseContactsCsv(bytes(lines.join('\n'))).columns[1]).toMatchObject({ field: 'phone', reason: 'values' });
  });
});

describe('what happened to each column', () => {
  it('counts the values read and imported per column', () => {
    const result = parseContactsCsv(bytes('Email,Stage,Notes,Empty\na@x.fr,Won,hi,\nb@x.fr,Opportunity,,\nbad,Lead,x,\n'));
    expect(result.columnStats).toEqual([
      { values: 3, imported: 2 },
      { values: 3, imported: 1 },
      { values: 2, imported: 1 },
      { values: 0, imported: 0 },
    ]);
  });
});

describe('an import of these files', () => {
  it('stores other emails and the new custom fields, with the choices the file holds', async () => {
    await runImport(parseContactsCsv(fixture('brevo-contacts.csv')), choices, DEFAULT_SETTINGS, 'brevo.csv');
    await runImport(parseContactsCsv(fixture('pipedrive-fr-personnes.csv')), choices, DEFAULT_SETTINGS, 'pipedrive.csv');
    const db = getDb();
    expect(await db.fieldDefs.get('niveau')).toMatchObject({ type: 'choice', options: ['Chaud', 'Froid', 'Tiède'] });
    expect(await db.fieldDefs.get('score')).toMatchObject({ type: 'number' });
    const zoe = (await db.contacts.where('email').equals('zoe@petit-fils.example').first())!;
    expect(zoe.otherEmails).toEqual(['zoe.petit@autre.example']);
    // A second import naming another address adds it; the main address is never repeated.
    await runImport(parseContactsCsv(bytes('Email,Other emails\nzoe@petit-fils.example,"zoe@petit-fils.example, zp@x.fr"\n')), choices, DEFAULT_SETTINGS, 'again.csv');
    expect((await db.contacts.get(zoe.id))!.otherEmails).toEqual(['zoe.petit@autre.example', 'zp@x.fr']);
  });
});

describe('export', () => {
  it('other emails are exported, and read back as other emails', async () => {
    await runImport(parseContactsCsv(fixture('display-names.csv')), choices, DEFAULT_SETTINGS, 'names.csv');
    const file = await exportContactsCsv({ all: true });
    const text = await file.blob.text();
    expect(text.split('\r\n')[0]).toContain('Other emails');
    const back = parseContactsCsv(bytes(text));
    expect(back.contacts.find((c) => c.email === 'luc.durand@exemple.example')!.otherEmails).toEqual(['luc@perso.example']);
  });

  it('the French Excel export writes stage, status, legal basis and source method in French, and reads them back', async () => {
    const parse = parseContactsCsv(bytes('Email,Stage,Status,Legal basis,Source\na@x.fr,Won,Unsubscribed,consent,linkedin\n'));
    await runImport(parse, { ...choices, policy: 'overwrite' }, DEFAULT_SETTINGS, 'x.csv');
    const text = await (await exportContactsCsv({ all: true }, { format: 'excel-fr', columns: ['email', 'stage', 'status', 'legalBasis', 'source'] })).blob.text();
    expect(text).toBe('\uFEFFE-mail;Étape;Statut;Base légale;Source\r\na@x.fr;Gagné;Désinscrit;Consentement;LinkedIn\r\n');
    expect(parseContactsCsv(bytes(text)).contacts[0]).toMatchObject({ stage: 'Won', status: 'Unsubscribed', consent: { basis: 'consent' }, source: { method: 'linkedin' } });
  });
});
