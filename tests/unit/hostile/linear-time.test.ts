import { describe, it } from 'vitest';
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
