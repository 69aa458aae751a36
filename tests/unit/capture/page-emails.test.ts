import { describe, expect, it } from 'vitest';
import { addressesOfMailto, findAddressesInText, scanPageEmails } from '../../../lib/capture/page-emails';
import { fixtureDocument } from './fixture';

describe('scanPageEmails', () => {
  it('finds the addresses of mailto links (with their names) and of the text, once each', () => {
    const scan = scanPageEmails(500, fixtureDocument('pages/team.html'));
    expect(scan.truncated).toBe(false);
    expect(scan.addresses).toEqual([
      { email: 'marc.lefevre@exemple-sa.fr', name: 'Marc Lefèvre' },
      { email: 'sophie.garnier@exemple-sa.fr', name: 'Écrire à Sophie et Luc' },
      { email: 'luc.petit@exemple-sa.fr', name: 'Écrire à Sophie et Luc' },
      { email: 'jane.doe@acme-robotics.com', name: '<b>Jane</b> Doe' },
      { email: 'presse@exemple-sa.fr' },
      { email: 'contact@exemple-sa.fr' },
    ]);
  });

  it('stops at the limit on a page with 10,000 addresses and says more exist', () => {
    const doc = document.implementation.createHTMLDocument('directory');
    const list = doc.createElement('ul');
    for (let i = 0; i < 10_000; i++) {
      const item = doc.createElement('li');
      item.textContent = `Member ${i}: member${i}@directory-example.com`;
      list.append(item);
    }
    doc.body.append(list);
    const scan = scanPageEmails(500, doc);
    expect(scan.addresses).toHaveLength(500);
    expect(scan.truncated).toBe(true);
    expect(scan.addresses[499]).toEqual({ email: 'member499@directory-example.com' });
  }, 30_000); // building 10,000 nodes in happy-dom is slow on a loaded machine; the scan itself is not (scripts/bench-gmail.mjs)

  it('is self-contained, as scripting.executeScript requires', () => {
    const source = scanPageEmails.toString();
    expect(source).not.toMatch(/SCAN_LIMIT|ADDRESS|NAMED|import/);
    const rebuilt = new Function(`return (${source})`)() as typeof scanPageEmails;
    expect(rebuilt(5, fixtureDocument('pages/team.html')).addresses).toHaveLength(5);
  });
});

describe('findAddressesInText (context-menu selection)', () => {
  it.each([
    ['Write to jane.doe@acme-robotics.com.', [{ email: 'jane.doe@acme-robotics.com' }]],
    ['Jane Doe <Jane.Doe@Acme-Robotics.com>, "Lefèvre, Marc" <marc.lefevre@exemple-sa.fr>', [
      { email: 'jane.doe@acme-robotics.com', name: 'Jane Doe' },
      { email: 'marc.lefevre@exemple-sa.fr', name: 'Lefèvre, Marc' },
    ]],
    ['no address here, just @mentions', []],
  ])('%s', (text, expected) => expect(findAddressesInText(text)).toEqual(expected));

  it('caps what one selection can add', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `p${i}@example.com`).join(' ');
    expect(findAddressesInText(text)).toHaveLength(100);
  });
});

describe('addressesOfMailto', () => {
  it.each([
    ['mailto:jane@acme.com?subject=Hello', ['jane@acme.com']],
    ['MAILTO:a@acme.com,b@acme.com', ['a@acme.com', 'b@acme.com']],
    ['mailto:%22Jane%22%20%3Cjane%40acme.com%3E', ['jane@acme.com']],
    ['https://acme.com/contact', []],
  ])('%s', (href, emails) => expect(addressesOfMailto(href).map((a) => a.email)).toEqual(emails));
});
