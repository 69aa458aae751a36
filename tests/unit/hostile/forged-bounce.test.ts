import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGmailThread } from '../../../lib/capture/gmail-read';
import { isProviderDaemon } from '../../../lib/capture/bounce';

// Finding 5: a message from any domain, displayed as "Mail Delivery
// Subsystem", marked any contact Bounced (50 per message).
const URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfLjsKLhHdBcvKq';
const notice = readFileSync('tests/fixtures/gmail/bounce-gmail.html', 'utf8');
const thread = (html: string) => readGmailThread(new DOMParser().parseFromString(html, 'text/html'), URL);

describe('forged delivery-failure notices', () => {
  it('the genuine notice from Gmail’s daemon names the address the owner wrote to', () => {
    expect(thread(notice)?.bounces).toEqual(['olivier.roux@exemple-sa.fr']);
  });

  it('a sender from another domain named "Mail Delivery Subsystem" bounces nobody', () => {
    const forged = notice.replaceAll('mailer-daemon@googlemail.com', 'mailer-daemon@evil-example.net');
    expect(thread(forged)?.bounces).toEqual([]);
    const renamed = notice.replaceAll('email="mailer-daemon@googlemail.com"', 'email="alerts@evil-example.net"');
    expect(thread(renamed)?.bounces).toEqual([]);
  });

  it('the daemon’s notice counts only for addresses the mailbox owner wrote to in the thread', () => {
    const fifty = Array.from({ length: 50 }, (_, i) => `<p>550 5.1.1 &lt;victim${i}@acme-robotics.com&gt;: User unknown</p>`).join('');
    const padded = notice.replace('<div class="gmail_quote">', `${fifty}<div class="gmail_quote">`);
    expect(thread(padded)?.bounces).toEqual(['olivier.roux@exemple-sa.fr']);
  });

  it('knows the provider’s own daemon addresses only', () => {
    expect(isProviderDaemon('mailer-daemon@googlemail.com')).toBe(true);
    expect(isProviderDaemon('MAILER-DAEMON@google.com')).toBe(true);
    expect(isProviderDaemon('mailer-daemon@googlemail.com.evil.net')).toBe(false);
    expect(isProviderDaemon('postmaster@evil.net')).toBe(false);
  });
});
