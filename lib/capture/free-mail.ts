import { getDomainWithoutSuffix } from 'tldts';
/**
 * Free-mail providers: their domain says nothing about a person's company.
 * Families (hotmail.*, yahoo.*…) are matched on the registrable name
 * whatever the country suffix; the rest on the exact domain.
 */
export const FREE_MAIL_FAMILIES = new Set([
  'gmail', 'googlemail', 'outlook', 'hotmail', 'live', 'msn', 'windowslive', 'yahoo', 'ymail', 'rocketmail',
  'gmx', 'yandex', 'aol', 'protonmail', 'proton', 'icloud', 'mail', 'zoho', 'tutanota', 'tuta', 'fastmail',
]);

export const FREE_MAIL_DOMAINS = new Set([
  'me.com', 'mac.com', 'pm.me', 'proton.me', 'hey.com', 'web.de', 't-online.de', 'libero.it', 'virgilio.it', 'qq.com', '163.com',
  'mail.ru', 'seznam.cz', 'wp.pl', 'o2.pl', 'interia.pl', 'rediffmail.com', 'btinternet.com', 'sky.com', 'comcast.net',
  'verizon.net', 'att.net', 'telenet.be', 'skynet.be', 'bluewin.ch', 'hispeed.ch', 'videotron.ca', 'sympatico.ca',
  // French internet providers' mailboxes.
  'orange.fr', 'wanadoo.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'neuf.fr', 'cegetel.net', 'club-internet.fr',
  'aliceadsl.fr', 'libertysurf.fr', 'bbox.fr', 'numericable.fr', 'noos.fr', 'voila.fr', 'aol.fr', 'dbmail.com',
]);

/** `registrable` is the domain without its public suffix's extra labels, e.g. "yahoo.co.uk". */
export function isFreeMail(domain: string, registrableLabel: string | undefined): boolean {
  const lower = domain.toLowerCase();
  return FREE_MAIL_DOMAINS.has(lower) || (registrableLabel !== undefined && FREE_MAIL_FAMILIES.has(registrableLabel));
}

/** Whole-domain check, for callers that have only the domain. */
export function isFreeMailDomain(domain: string): boolean {
  return isFreeMail(domain, getDomainWithoutSuffix(domain.toLowerCase(), { allowPrivateDomains: false }) ?? undefined);
}
