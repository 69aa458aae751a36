import { describe, expect, it } from 'vitest';
import { bouncedAddresses } from '../../../lib/capture/bounce';
import { companyFromEmail } from '../../../lib/capture/company-domain';
import { isMachineAddress, isRoleAddress } from '../../../lib/capture/mail-addresses';
import { looksLikePersonName, splitName } from '../../../lib/capture/person-name';
import { locateSignature } from '../../../lib/capture/signature-locate';
import { parseSignature } from '../../../lib/capture/signature-parse';

describe('companyFromEmail', () => {
  it.each([
    ['jane@acme-robotics.com', 'Acme Robotics'],
    ['marc@mail.exemple-sa.fr', 'Exemple SA'],
    ['a@acme.co.uk', 'Acme'],
    ['a@beispiel-gmbh.de', 'Beispiel GmbH'],
    ['a@gmail.com', undefined],
    ['a@hotmail.fr', undefined],
    ['a@yahoo.co.uk', undefined],
    ['a@orange.fr', undefined],
    ['a@laposte.net', undefined],
    ['a@proton.me', undefined],
    ['a@gmx.de', undefined],
  ])('%s → %s', (email, company) => expect(companyFromEmail(email)).toBe(company));
});

describe('address classes', () => {
  it.each([
    ['info@acme.com', true],
    ['contact@exemple.fr', true],
    ['Sales@acme.com', true],
    ['achats@exemple.fr', true],
    ['service-client@exemple.fr', true],
    ['contact+fr@exemple.fr', true],
    ['jane.doe@acme.com', false],
    ['infos.jean@exemple.fr', false],
  ])('role address %s → %s', (email, role) => expect(isRoleAddress(email)).toBe(role));

  it.each([
    ['mailer-daemon@googlemail.com', true],
    ['MAILER-DAEMON@mx.acme.com', true],
    ['postmaster@acme.com', true],
    ['no-reply@acme.com', true],
    ['noreply@acme.com', true],
    ['ne-pas-repondre@impots.gouv.fr', true],
    ['notifications@github.com', true],
    ['jane@acme.com', false],
  ])('machine address %s → %s', (email, machine) => expect(isMachineAddress(email)).toBe(machine));
});

describe('splitName', () => {
  it.each([
    ['Jane Doe', { firstName: 'Jane', lastName: 'Doe' }],
    ['DUPONT Jean-Marc', { firstName: 'Jean-Marc', lastName: 'Dupont' }],
    ['LE GALL Anne', { firstName: 'Anne', lastName: 'Le Gall' }],
    ['Doe, Jane', { firstName: 'Jane', lastName: 'Doe' }],
    ['Jean de La Fontaine', { firstName: 'Jean', lastName: 'de La Fontaine' }],
    ['"Jane Doe (Acme)"', { firstName: 'Jane', lastName: 'Doe' }],
    ['Madonna', { firstName: 'Madonna' }],
    ['jane@acme.com', {}],
    [undefined, {}],
  ])('%s', (name, expected) => expect(splitName(name)).toEqual(expected));

  it.each([
    ['Jane Doe', true],
    ['Jean de La Fontaine', true],
    ['Écrire à Sophie et Luc', false],
    ['<b>Jane</b> Doe', false],
    ['Member 12', false],
  ])('looks like a person name: %s → %s', (text, expected) => expect(looksLikePersonName(text)).toBe(expected));
});

describe('locateSignature', () => {
  it.each([
    ['after "--"', ['Hi,', 'Thanks.', '--', 'Jane Doe', 'CTO'], 'Jane Doe', ['Jane Doe', 'CTO']],
    ['from the sender name', ['Bonjour,', 'Merci.', 'Cordialement,', 'Marc Lefèvre', 'Directeur'], 'LEFÈVRE Marc', ['Marc Lefèvre', 'Directeur']],
    ['after a closing', ['Hello,', 'See you.', 'Best regards,', 'J.', 'VP Sales'], 'Jane Doe', ['J.', 'VP Sales']],
    ['none', ['Just one line'], 'Jane Doe', undefined],
  ])('%s', (_variant, lines, name, expected) => expect(locateSignature(lines, name)).toEqual(expected));
});

describe('parseSignature', () => {
  it.each([
    {
      variant: 'English, title at company, mobile',
      lines: ['Jane Doe', 'Head of Sales at Acme Robotics', 'Mobile: +1 415 555 0132', 'www.acme-robotics.com'],
      context: { name: 'Jane Doe', domainCompany: 'Acme Robotics' },
      expected: { title: 'Head of Sales', company: 'Acme Robotics', phone: '+1 415 555 0132' },
    },
    {
      variant: 'French, title then company, office and mobile (mobile wins), fax ignored',
      lines: ['Directrice commerciale', 'Exemple SA', '12 rue de la Paix, 75002 Paris', 'Tél. : 01 42 68 53 00', 'Portable : 06 12 34 56 78', 'Fax : 01 42 68 53 01'],
      context: { name: 'Sophie Garnier', domainCompany: 'Exemple SA' },
      expected: { title: 'Directrice commerciale', company: 'Exemple SA', phone: '+33 6 12 34 56 78' },
    },
    {
      variant: 'title | company on one line, direct line',
      lines: ['Sophie Garnier | Responsable achats | Exemple SA', 'Ligne directe : 04 78 12 34 56'],
      context: { name: 'Sophie Garnier', domainCompany: 'Exemple SA' },
      expected: { title: 'Responsable achats', company: 'Exemple SA', phone: '+33 4 78 12 34 56' },
    },
    {
      variant: 'French "chez", a company different from the domain',
      lines: ['Chargée de clientèle chez Banque Exemple'],
      context: { name: 'Anne Martin', domainCompany: 'Bexemple' },
      expected: { title: 'Chargée de clientèle', company: 'Banque Exemple' },
    },
    {
      variant: 'a company line matching the domain before the title',
      lines: ['ACME ROBOTICS', 'Senior Account Executive', 'T: +44 20 7946 0958'],
      context: { name: 'Tom Smith', domainCompany: 'Acme Robotics' },
      expected: { title: 'Senior Account Executive', company: 'ACME ROBOTICS', phone: '+44 20 7946 0958' },
    },
    {
      variant: 'nothing recognisable',
      lines: ['Sent from my phone'],
      context: { name: 'Tom Smith' },
      expected: {},
    },
  ])('$variant', ({ lines, context, expected }) => expect(parseSignature(lines, context)).toEqual(expected));
});

describe('bouncedAddresses', () => {
  it.each([
    ['Gmail English', "Your message wasn't delivered to jane@acme.com because the address couldn't be found.", ['jane@acme.com']],
    ['Gmail French', "Votre message n'a pas été distribué à jane@acme.com, car l'adresse est introuvable.", ['jane@acme.com']],
    ['Exchange', "Your message to jane@acme.com couldn't be delivered.", ['jane@acme.com']],
    ['old Gmail', 'Delivery to the following recipient failed permanently:\n\n     jane@acme.com', ['jane@acme.com']],
    ['SMTP reply', '550-5.1.1 <jane@acme.com> The email account that you tried to reach does not exist.', ['jane@acme.com']],
    ['a delay is not a bounce', 'There was a temporary problem delivering your message to jane@acme.com. 451 4.3.0 Try again later.', []],
    ['an address merely quoted', 'To: Jane <jane@acme.com>', []],
  ])('%s', (_variant, text, expected) => expect(bouncedAddresses(text)).toEqual(expected));
});

describe('blockLines', () => {
  it('reads a table signature row by row, cells on one line, quotes skipped', async () => {
    const { blockLines } = await import('../../../lib/capture/block-text');
    const doc = new DOMParser().parseFromString(
      '<div id="b">Bonjour<br>Merci<table><tr><td>Mobile</td><td>06 12 34 56 78</td></tr><tr><td>Tél.</td><td>01 42 68 53 00</td></tr></table><blockquote>old <b>text</b></blockquote><div class="gmail_quote">quoted</div></div>',
      'text/html',
    );
    expect(blockLines(doc.getElementById('b')!, 10_000)).toEqual(['Bonjour', 'Merci', 'Mobile 06 12 34 56 78', 'Tél. 01 42 68 53 00']);
  });
});
