import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { validateBackup } from '../../../lib/backup/validate';
import { readGmailThread } from '../../../lib/capture/gmail-read';
import { extractLinkedInProfile } from '../../../lib/capture/linkedin';
import { parseContactsCsv } from '../../../lib/csv/import';
import { findAddressesInText, scanPageEmails } from '../../../lib/capture/page-emails';
import { bouncedAddresses } from '../../../lib/capture/bounce';
import { expectLinear } from '../helpers/linear';

// Inputs built to make a backtracking regex go quadratic (or worse): a run of
// candidate characters with no terminator, many '@' after one '<', etc.
const crafted = {
  nameBeforeBracket: (n: number) => 'a'.repeat(80) + '<' + 'a@'.repeat(n / 2),
  manyBrackets: (n: number) => ('a'.repeat(80) + '<' + '@'.repeat(200)).repeat(Math.ceil(n / 281)),
  longDomain: (n: number) => 'a@' + 'a-'.repeat(n / 2),
  manyAts: (n: number) => 'a.'.repeat(30) + '@'.repeat(n),
  addresses: (n: number) => Array.from({ length: Math.ceil(n / 30) }, (_, i) => `Jane ${i} <jane.${i}@acme.com>, `).join(''),
};

describe('linear time on outside text', () => {
  it.each(Object.entries(crafted))('selection (findAddressesInText): %s', (_, make) => {
    expectLinear(make, (text) => findAddressesInText(text, 100_000), 4000);
  });

  it.each(Object.entries(crafted))('page scan text nodes (scanPageEmails): %s', (_, make) => {
    const page = (n: number) => {
      const doc = document.implementation.createHTMLDocument('page');
      doc.body.textContent = make(n);
      return doc;
    };
    expectLinear(page, (doc) => scanPageEmails(100_000, doc), 4000);
  });

  it.each(Object.entries({ ...crafted, smtp: (n: number) => '550 5.1.1 '.repeat(n / 10), local: (n: number) => 'final-recipient: rfc822; ' + 'a'.repeat(n) }))(
    'mail bodies (bouncedAddresses): %s',
    (_, make) => {
      expectLinear(make, (text) => bouncedAddresses(text, 100_000), 4000);
    },
  );
});

describe('linear time on outside files and pages', () => {
  const backup = (n: number) => {
    const contact = (i: number) => ({
      id: i + 1, email: `p${i}@acme.com`, firstName: `First ${i}`, customFields: { k: 'v' }, tags: ['a', 'b'], groupIds: [], stage: 'Lead', status: 'Active',
      archived: 0, source: { method: 'import', where: 'x.csv', at: 1 }, consent: { basis: 'legitimate_interest', at: 1 }, editedFields: [], searchWords: ['first'],
      createdAt: 1, updatedAt: 1, lastActivityAt: 1,
    });
    const data = { contacts: Array.from({ length: n }, (_, i) => contact(i)), groups: [], fieldDefs: [], segments: [], suppression: [], history: [], pending: [] };
    return { format: 'fluenzr-backup', version: 1, createdAt: 1, settings: {}, data };
  };
  it('backup JSON (validateBackup)', () => expectLinear(backup, (raw) => validateBackup(raw), 500));

  it('CSV rows (parseContactsCsv)', () => {
    const csv = (n: number) => new TextEncoder().encode('Email,First name,Company\n' + Array.from({ length: n }, (_, i) => `p${i}@acme.com,"Name ${i}",Acme\n`).join(''));
    expectLinear(csv, (bytes) => parseContactsCsv(bytes), 1000);
  });

  it('LinkedIn page text (extractLinkedInProfile) on a page padded with crafted text', () => {
    const page = readFileSync('tests/fixtures/linkedin/classic-logged-in.html', 'utf8');
    const padded = (n: number) => new DOMParser().parseFromString(page.replace('</main>', `<section>${crafted.nameBeforeBracket(n)} ${'at Acme | '.repeat(n / 10)}</section></main>`), 'text/html');
    expectLinear(padded, (doc) => extractLinkedInProfile(doc, 'https://www.linkedin.com/in/jane-doe/'), 2000);
  });

  it('Gmail bodies (readGmailThread) with long signatures and crafted text', () => {
    const page = readFileSync('tests/fixtures/gmail/thread-cold.html', 'utf8');
    const padded = (n: number) =>
      new DOMParser().parseFromString(page.replace(/<div class="a3s[^"]*">/, (open) => `${open}${crafted.nameBeforeBracket(n / 2)}<br>${'Jane Doe<br>VP Sales | Acme<br>'.repeat(n / 60)}`), 'text/html');
    expectLinear(padded, (doc) => readGmailThread(doc, 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfLjsKLhHdBcvKq'), 2000);
  });
});
