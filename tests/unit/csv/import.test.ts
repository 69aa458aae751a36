import { parseContactsCsv } from '../../../lib/csv/import';
import { bytes, fixture } from './fixture';

const fieldsOf = (file: string) => Object.fromEntries(parseContactsCsv(fixture(file)).columns.map((c) => [c.header, c.field]));

describe('real-world files map themselves', () => {
  it('LinkedIn Connections.csv: notes before the header, URL column recognized by its values', () => {
    const result = parseContactsCsv(fixture('linkedin-connections.csv'), { sourceLabel: 'Connections.csv', now: 5 });
    expect(result.headerLine).toBe(4);
    expect(fieldsOf('linkedin-connections.csv')).toMatchObject({ 'First Name': 'firstName', URL: 'linkedinUrl', 'Email Address': 'email', Position: 'title', 'Connected On': 'custom:connected_on' });
    expect(result.contacts[0]).toEqual({
      email: 'jane.doe@acme.com', firstName: 'Jane', lastName: 'Doe', company: 'Acme', title: 'VP Sales',
      linkedinUrl: 'https://www.linkedin.com/in/jane-doe', source: { method: 'import', where: 'Connections.csv', at: 5 },
      customFields: { connected_on: '12 Mar 2024' },
    });
    // Élodie shared no email: rejected with her own line number.
    expect(result.rejected).toEqual([{ line: 6, reason: 'no_email' }]);
    expect(result.contacts[1]!.email).toBe('paul.durand@exemple.fr');
  });

  it('Google Contacts: " ::: " keeps the first value and the others aside; system labels are not tags', () => {
    const result = parseContactsCsv(fixture('google-contacts.csv'));
    expect(fieldsOf('google-contacts.csv')).toMatchObject({ 'E-mail 1 - Value': 'email', 'E-mail 2 - Value': 'email', 'Organization Name': 'company', 'Organization Title': 'title', 'Middle Name': null, 'Organization Department': 'custom:organization_department', Labels: 'tags', 'Website 1 - Label': null });
    expect(result.contacts[0]).toMatchObject({ email: 'jane.doe@acme.com', phone: '+33 6 12 34 56 78', tags: ['Clients', 'VIP'], otherEmails: ['jane@doe.family', 'jane@home.example'], customFields: { other_phone: '+33 1 23 45 67 89' } });
    expect(result.contacts[1]!.tags).toBeUndefined();
  });

  it("Outlook: Title is the honorific, Job Title the job", () => {
    const result = parseContactsCsv(fixture('outlook.csv'));
    const title = result.columns.find((c) => c.header === 'Title')!;
    expect(title).toMatchObject({ field: null, reason: 'honorific' });
    expect(fieldsOf('outlook.csv')).toMatchObject({ 'Job Title': 'title', 'E-mail Address': 'email', 'E-mail Type': null, 'E-mail Display Name': null, Categories: 'tags' });
    expect(result.contacts[0]).toMatchObject({ title: 'VP Sales', tags: ['Clients', 'VIP'] });
  });

  it('Salesforce: Title alone is the job title; Salutation is left out', () => {
    expect(fieldsOf('salesforce.csv')).toMatchObject({ Title: 'title', Salutation: null, 'Account Name': 'company', 'Lead Source': 'custom:lead_source' });
  });

  it('HubSpot: statuses and owners are not emails; lifecycle stage maps to stage', () => {
    expect(fieldsOf('hubspot.csv')).toMatchObject({ Email: 'email', 'Email Domain': 'custom:email_domain', 'Marketing contact status': 'custom:marketing_contact_status', 'Lifecycle Stage': 'stage', 'Contact owner': 'custom:contact_owner' });
    const result = parseContactsCsv(fixture('hubspot.csv'));
    expect(result.contacts[0]!.stage).toBe('Lead');
    // "Opportunity" is not one of our stages: the value is dropped, the row kept.
    expect(result.contacts[1]!.stage).toBeUndefined();
  });

  it("Apollo: the company's LinkedIn is not the person's; Excel's apostrophe guard is removed", () => {
    expect(fieldsOf('apollo.csv')).toMatchObject({ 'Person Linkedin Url': 'linkedinUrl', 'Company Linkedin Url': 'custom:company_linkedin_url', 'Email Status': 'custom:email_status', 'Company Name for Emails': 'custom:company_name_for_emails', Company: 'company', Title: 'title' });
    expect(parseContactsCsv(fixture('apollo.csv')).contacts[0]!.phone).toBe('+1 212-555-0101');
  });

  it('lemlist and Pipedrive column names', () => {
    expect(fieldsOf('lemlist.csv')).toMatchObject({ email: 'email', companyName: 'company', linkedinUrl: 'linkedinUrl', icebreaker: 'custom:icebreaker' });
    expect(fieldsOf('pipedrive.csv')).toMatchObject({ 'Person - Email - Work': 'email', 'Person - Organization': 'company', 'Person - Labels': 'tags', 'Person - Owner': 'custom:person_owner', 'Person - Name': 'fullName' });
    // Bob has only a full name: it is split.
    expect(parseContactsCsv(fixture('pipedrive.csv')).contacts[1]).toMatchObject({ firstName: 'Bob', lastName: 'Smith' });
  });

  it('French Excel: Windows-1252, semicolons, unmapped columns offered as typed custom fields', () => {
    const result = parseContactsCsv(fixture('excel-fr-1252.csv'));
    expect(result.encoding).toBe('windows-1252');
    expect(result.delimiter).toBe(';');
    expect(result.contacts[1]).toMatchObject({ firstName: 'François', lastName: 'Léger', company: 'Société Générale' });
    const revenue = result.columns.find((c) => c.header === "Chiffre d'affaires")!;
    expect(revenue).toMatchObject({ field: 'custom:chiffre_d_affaires', reason: 'new', suggestion: { key: 'chiffre_d_affaires', type: 'number' } });
    expect(result.columns.find((c) => c.header === 'Date de création')!.suggestion!.type).toBe('date');
  });

  it('UTF-16 with BOM and tabs; UTF-8 with BOM and pipes', () => {
    const utf16 = parseContactsCsv(fixture('utf16-tab.csv'));
    expect([utf16.encoding, utf16.delimiter]).toEqual(['utf-16le', '\t']);
    expect(utf16.contacts[0]).toMatchObject({ email: 'elodie@exemple.fr', firstName: 'Élodie', company: 'Exemple SA' });
    const bom = parseContactsCsv(fixture('utf8-bom-pipe.csv'));
    expect([bom.encoding, bom.delimiter]).toEqual(['utf-8-bom', '|']);
    expect(bom.contacts[0]).toMatchObject({ email: 'cedric@exemple.fr', firstName: 'Cédric', lastName: 'Noël' });
  });
});

describe('rows', () => {
  it('quoted cells, blank lines, invalid emails and in-file duplicates with the file’s own line numbers', () => {
    const result = parseContactsCsv(fixture('rows-quirks.csv'), { mapping: { Notes: 'custom:notes' } });
    expect(result.contacts.map((c) => c.email)).toEqual(['jane.doe@acme.com', 'bob@globex.com']);
    expect(result.contacts[0]).toMatchObject({ company: 'Acme, Inc.', customFields: { notes: 'Said "hello"\non two lines' } });
    expect(result.contacts[1]!.customFields).toEqual({ notes: '=HYPERLINK("http://evil")' });
    expect(result.rejected).toEqual([
      { line: 5, reason: 'email_no_at' },
      { line: 6, reason: 'no_email' },
      { line: 10, reason: 'email_invalid_domain' },
    ]);
    expect(result.duplicates).toEqual([{ line: 7, email: 'jane.doe@acme.com', firstLine: 2 }]);
    expect(result.meta.map((m) => m.line)).toEqual([2, 8]);
  });

  it('a remembered mapping wins over the automatic one, null ignores a column', () => {
    const result = parseContactsCsv(bytes('Courriel,Boîte,Poste\na@b.fr,Acme,CEO\n'), { mapping: { Boîte: 'company', Poste: null } });
    expect(result.columns.map((c) => [c.field, c.confidence])).toEqual([['email', 1], ['company', 1], [null, 1]]);
    expect(result.contacts[0]).toMatchObject({ email: 'a@b.fr', company: 'Acme' });
    expect(result.contacts[0]!.title).toBeUndefined();
  });

  it('guarded fuzzy match: a clear typo maps, "Email consent" never becomes the email', () => {
    const result = parseContactsCsv(bytes('Emial,Email consent,Compnay name,Lastname\na@b.fr,yes,Acme,Doe\n'));
    expect(result.columns.map((c) => [c.header, c.field, c.reason])).toEqual([
      ['Emial', 'email', 'fuzzy'],
      ['Email consent', 'custom:email_consent', 'new'],
      ['Compnay name', 'company', 'fuzzy'],
      ['Lastname', 'lastName', 'alias'],
    ]);
    expect(result.columns[0]!.confidence).toBeLessThan(1);
  });

  it('sniffs an unnamed email column from its values, when no column is named email', () => {
    const result = parseContactsCsv(bytes('Contact,Who,Email,Other mail\nx@y.fr,Jane,a@b.fr,c@d.fr\nz@y.fr,Bob,e@f.fr,\n'));
    // "Other mail" says it is a second address; the unnamed column of addresses is kept as a custom field.
    expect(result.columns.map((c) => c.field)).toEqual(['custom:contact', 'custom:who', 'email', 'email']);
    expect(result.contacts[0]).toMatchObject({ email: 'a@b.fr', otherEmails: ['c@d.fr'], customFields: { contact: 'x@y.fr', who: 'Jane' } });
    const sniffed = parseContactsCsv(bytes('Col A,Col B\nJane,a@b.fr\nBob,c@d.fr\n'));
    expect(sniffed.columns.map((c) => [c.field, c.reason])).toEqual([['custom:col_a', 'new'], ['email', 'values']]);
  });

  it('stage, status and legal basis accept French words', () => {
    const result = parseContactsCsv(bytes('E-mail;Étape;Statut;Base légale\na@b.fr;Gagné;Désabonné;Consentement\n'));
    expect(result.contacts[0]).toMatchObject({ stage: 'Won', status: 'Unsubscribed', consent: { basis: 'consent' } });
  });
});
