import { describe, expect, it } from 'vitest';
import { extractGmailThread, gmailThreadId } from '../../../lib/capture/gmail';
import { readGmailThread } from '../../../lib/capture/gmail-read';
import { fixtureDocument } from './fixture';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTzwJkSmsKqdXbLlqhZnVqKrN';
const OWNER = 'claire.martin@fluenzr-demo.fr';

describe('extractGmailThread over the fixtures', () => {
  it.each([
    {
      fixture: 'thread-partnership.html',
      variant: 'several messages, reply chains, French and English signatures, role addresses, a collapsed message',
      expected: {
        owner: OWNER,
        bounces: [],
        people: [
          { email: 'jane.doe@acme-robotics.com', name: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', company: 'Acme Robotics', title: 'Head of Sales', phone: '+1 415 555 0132', role: 'sender', roleAddress: false },
          { email: 'marc.lefevre@exemple-sa.fr', name: 'Marc Lefèvre', firstName: 'Marc', lastName: 'Lefèvre', company: 'Exemple SA', title: 'Directeur des achats', phone: '+33 6 12 34 56 78', role: 'sender', roleAddress: false },
          { email: 'contact@exemple-sa.fr', company: 'Exemple SA', role: 'recipient', roleAddress: true },
          { email: 'achats@exemple-sa.fr', name: 'Service Achats', company: 'Exemple SA', role: 'recipient', roleAddress: true },
          { email: 'paul.bernard@gmail.com', name: 'Paul Bernard', firstName: 'Paul', lastName: 'Bernard', title: 'Consultant indépendant', phone: '+33 4 78 12 34 56', role: 'sender', roleAddress: false },
        ],
      },
    },
    {
      fixture: 'thread-cold.html',
      variant: 'the owner wrote first, nobody answered yet',
      expected: {
        owner: OWNER,
        bounces: [],
        people: [
          { email: 'jane.doe@acme-robotics.com', name: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', company: 'Acme Robotics', role: 'recipient', roleAddress: false },
          { email: 'olivier.roux@exemple-sa.fr', name: 'Olivier Roux', firstName: 'Olivier', lastName: 'Roux', company: 'Exemple SA', role: 'recipient', roleAddress: false },
        ],
      },
    },
    {
      fixture: 'bounce-gmail.html',
      variant: 'Gmail "Address not found" notice from mailer-daemon, in the thread of the failed message',
      expected: { owner: OWNER, bounces: ['olivier.roux@exemple-sa.fr'], people: [] },
    },
    {
      fixture: 'bounce-postfix-fr.html',
      // A remote server's daemon cannot be told apart from a forger (issue 16): only Gmail's own notices count.
      variant: 'Postfix notice from the recipient’s server (SMTP 550 split over lines, Final-Recipient), French interface: not counted',
      expected: { owner: OWNER, bounces: [], people: [] },
    },
    {
      fixture: 'bounce-fr.html',
      variant: 'Gmail notice in French, under the owner’s message; owner only in the account button',
      expected: {
        owner: OWNER,
        bounces: ['thomas.durand@acme-robotics.com'],
        people: [{ email: 'thomas.durand@acme-robotics.com', name: 'Thomas Durand', firstName: 'Thomas', lastName: 'Durand', company: 'Acme Robotics', role: 'recipient', roleAddress: false }],
      },
    },
    {
      fixture: 'delay.html',
      variant: 'a temporary failure (will retry) is not a bounce',
      expected: { owner: OWNER, bounces: [], people: [] },
    },
    {
      fixture: 'unknown-markup.html',
      variant: 'unknown message containers: last-resort read of marked-up addresses',
      expected: {
        owner: OWNER,
        bounces: [],
        people: [
          { email: 'nina.weber@beispiel-gmbh.de', name: 'Nina Weber', firstName: 'Nina', lastName: 'Weber', company: 'Beispiel GmbH', role: 'sender', roleAddress: false },
          { email: 'info@beispiel-gmbh.de', company: 'Beispiel GmbH', role: 'recipient', roleAddress: true },
        ],
      },
    },
  ])('$fixture: $variant', ({ fixture, expected }) => {
    expect(extractGmailThread(fixtureDocument(`gmail/${fixture}`), THREAD_URL)).toEqual(expected);
  });

  it('finds no thread in the inbox list, but still knows the owner', () => {
    const doc = fixtureDocument('gmail/inbox.html');
    expect(extractGmailThread(doc, 'https://mail.google.com/mail/u/0/#inbox')).toEqual({ owner: OWNER, people: [], bounces: [] });
    expect(readGmailThread(doc, 'https://mail.google.com/mail/u/0/#inbox')).toBeNull();
  });

  it('never takes people from the thread list behind the thread, nor from a message body', () => {
    const { people } = extractGmailThread(fixtureDocument('gmail/thread-partnership.html'), THREAD_URL);
    const emails = people.map((p) => p.email);
    expect(emails).not.toContain('someone.else@other-corp.com');
    expect(emails).not.toContain('injected@evil.example');
    expect(emails).not.toContain(OWNER);
    expect(emails).not.toContain('no-reply@exemple-sa.fr');
  });

  it('reports raw signature lines (no libraries) and keeps them bounded', () => {
    const report = readGmailThread(fixtureDocument('gmail/thread-partnership.html'), THREAD_URL)!;
    const marc = report.people.find((p) => p.email === 'marc.lefevre@exemple-sa.fr')!;
    // From his name down; the quoted signature of Jane's message is not his.
    expect(marc.signature?.[0]).toBe('Marc Lefèvre');
    expect(marc.signature).not.toContain('Head of Sales at Acme Robotics');
    expect(report.people.find((p) => p.role === 'recipient' && p.signature)).toBeUndefined();
  });

  it('caps a hostile thread with thousands of addresses', () => {
    const doc = document.implementation.createHTMLDocument('Spam - claire.martin@fluenzr-demo.fr - Gmail');
    const message = doc.createElement('div');
    message.className = 'adn';
    for (let i = 0; i < 3000; i++) {
      const span = doc.createElement('span');
      span.className = 'g2';
      span.setAttribute('email', `person${i}@example.com`);
      message.append(span);
    }
    doc.body.append(message);
    expect(readGmailThread(doc, THREAD_URL)!.people).toHaveLength(200);
  }, 30_000); // happy-dom is slow to build 3,000 nodes under load; timings are in scripts/bench-gmail.mjs
});

describe('gmailThreadId', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTzwJkSmsKqdXbLlqhZnVqKrN', 'FMfcgzQZTzwJkSmsKqdXbLlqhZnVqKrN'],
    ['https://mail.google.com/mail/u/1/#label/Clients/FMfcgzQZTzwJkSmsKqdXbLlqhZnVqKrN', 'FMfcgzQZTzwJkSmsKqdXbLlqhZnVqKrN'],
    ['https://mail.google.com/mail/u/0/#search/acme/FMfcgzQZTzwJkSmsKqdXbLlqhZnVqKrN', 'FMfcgzQZTzwJkSmsKqdXbLlqhZnVqKrN'],
    ['https://mail.google.com/mail/u/0/#inbox', undefined],
    ['https://mail.google.com/mail/u/0/#inbox/p2', undefined],
    ['https://mail.google.com/mail/u/0/', undefined],
  ])('%s → %s', (url, id) => expect(gmailThreadId(url)).toBe(id));
});
