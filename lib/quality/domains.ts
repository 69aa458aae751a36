/** Mail domains common among our users' prospects: typos of these are suggested. */
export const COMMON_DOMAINS = [
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.fr', 'hotmail.com', 'hotmail.fr', 'outlook.com', 'outlook.fr',
  'live.com', 'live.fr', 'msn.com', 'icloud.com', 'me.com', 'aol.com', 'orange.fr', 'wanadoo.fr', 'free.fr',
  'sfr.fr', 'laposte.net', 'bbox.fr', 'neuf.fr', 'proton.me', 'protonmail.com', 'gmx.com', 'gmx.fr', 'gmx.de',
  'web.de', 'yandex.com', 'mail.com', 'zoho.com',
] as const;

/** Local parts that reach a function or a team, not a person. */
export const ROLE_LOCAL_PARTS = new Set([
  'admin', 'administrator', 'accounts', 'accounting', 'billing', 'careers', 'compta', 'comptabilite', 'contact',
  'contacts', 'direction', 'commercial', 'enquiries', 'facturation', 'hello', 'help', 'hr', 'info', 'infos',
  'information', 'jobs', 'legal', 'mail', 'marketing', 'media', 'news', 'newsletter', 'no-reply', 'noreply',
  'office', 'postmaster', 'press', 'presse', 'privacy', 'rgpd', 'dpo', 'recrutement', 'recruitment', 'rh',
  'sales', 'secretariat', 'service', 'support', 'team', 'webmaster', 'abuse', 'bonjour', 'accueil', 'ventes',
]);

/** Well-known throwaway-mail providers (a short list: these never belong to a B2B prospect). */
export const DISPOSABLE_DOMAINS = new Set([
  'mailinator.com', 'guerrillamail.com', 'guerrillamail.net', 'sharklasers.com', '10minutemail.com',
  '10minutemail.net', 'temp-mail.org', 'tempmail.com', 'tempmail.net', 'throwawaymail.com', 'yopmail.com',
  'yopmail.fr', 'yopmail.net', 'trashmail.com', 'trashmail.net', 'getnada.com', 'dispostable.com',
  'maildrop.cc', 'mailnesia.com', 'mohmal.com', 'fakeinbox.com', 'spamgourmet.com', 'mintemail.com',
  'emailondeck.com', 'tempr.email', 'discard.email', 'mailcatch.com', 'jetable.org', 'moakt.com', 'burnermail.io',
]);
