/**
 * The failed recipients named in a delivery-failure notice. Only permanent
 * failures count: a "delayed, will retry" notice names no bounce. Only the
 * mail provider's own daemon writes notices that count (isProviderDaemon), and
 * only for addresses the mailbox owner wrote to (lib/capture/gmail-read.ts):
 * anyone can send a mail named "Mail Delivery Subsystem" listing fifty addresses.
 */
import { normalizeEmail } from '../model/email';
import { findAddressesInText } from './page-emails';

// Gmail and Google Workspace send their notices from these: a sender address
// at Google's own domains, which mail from elsewhere cannot claim (DMARC).
const PROVIDER_DAEMONS = new Set(['mailer-daemon@googlemail.com', 'mailer-daemon@google.com']);

export function isProviderDaemon(email: string): boolean {
  return PROVIDER_DAEMONS.has(email.trim().toLowerCase());
}

/**
 * The To and Cc addresses of the owner's own message as the daemon's notice
 * quotes it ("From: Claire <owner@…>" then "To: …"): the notice is written by
 * the provider, so the copy it quotes is the message the owner sent.
 */
export function quotedRecipients(lines: string[], owner: string): string[] {
  const from = lines.findIndex((line) => /^\s*(from|de)\s*:/i.test(line) && line.toLowerCase().includes(owner));
  if (from === -1) return [];
  const near = lines.slice(Math.max(0, from - 10), from + 11);
  return near.filter((line) => /^\s*(to|cc|à|a)\s*:/i.test(line)).flatMap((line) => findAddressesInText(line, 50).map((a) => a.email));
}
const EMAIL = String.raw`([a-z0-9.!#$%&'*+/=?^_\x60{|}~-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+)`;

const PATTERNS: RegExp[] = [
  // SMTP permanent reply: "550 5.1.1 <jane@acme.com>: Recipient address rejected".
  new RegExp(String.raw`\b5\d\d[\s-]+5\.\d{1,3}\.\d{1,3}\b[^<\n@]{0,80}<?` + EMAIL, 'gi'),
  // Postfix: "<jane@acme.com>: host mx.acme.com said: 550 …".
  new RegExp(String.raw`<` + EMAIL + String.raw`>:\s*(?:host|recipient address rejected|user unknown|mailbox unavailable)`, 'gi'),
  // RFC 3464 delivery status fields.
  new RegExp(String.raw`(?:final|original)-recipient:\s*rfc822;\s*<?` + EMAIL, 'gi'),
  // Gmail (English): "Your message wasn't delivered to jane@acme.com because …".
  new RegExp(String.raw`(?:wasn't|was not|couldn't be|could not be) delivered to\s+<?` + EMAIL, 'gi'),
  // Exchange / Outlook: "Your message to jane@acme.com couldn't be delivered."
  new RegExp(String.raw`your message to\s+<?` + EMAIL + String.raw`>?\s+(?:couldn't|could not) be delivered`, 'gi'),
  // Older Gmail: "Delivery to the following recipient failed permanently: jane@acme.com".
  new RegExp(String.raw`delivery to the following recipients? failed(?: permanently)?:\s*<?` + EMAIL, 'gi'),
  // Gmail (French): "Votre message n'a pas pu être distribué à jane@acme.com, car …".
  new RegExp(String.raw`n['’]a pas (?:pu )?(?:être |été )?(?:distribué|remis|délivré)e?s? à\s+<?` + EMAIL, 'gi'),
];

const MAX_TEXT = 50_000;

export function bouncedAddresses(text: string, limit = 50): string[] {
  const body = text.slice(0, MAX_TEXT);
  const found = new Set<string>();
  for (const pattern of PATTERNS) {
    for (const match of body.matchAll(pattern)) {
      const email = normalizeEmail(match[1]!.replace(/\.+$/, ''));
      found.add(email);
      if (found.size >= limit) return [...found];
    }
  }
  return [...found];
}
