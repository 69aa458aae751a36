/**
 * Address classes that need no library (the Gmail content script uses them):
 * machine senders never become prospects; role addresses are flagged.
 */

// mailer-daemon, postmaster, no-reply and friends: software, not people.
const MACHINE_LOCAL = /^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|donotreply|ne-?pas-?repondre|nepasrepondre|bounces?|notifications?|notify|auto-?confirm|automated|daemon)([+._-].*)?$/;

// Shared mailboxes of a team or function (English and French).
const ROLE_LOCALS = new Set(
  (
    'info infos information contact contacts hello hi bonjour sales ventes vente commercial commerciaux achats achat ' +
    'purchasing procurement buyer support help helpdesk admin administration office accueil secretariat rh hr jobs job ' +
    'emploi recrutement recruitment careers carrieres marketing communication comm compta comptabilite accounting ' +
    'accounts billing facturation finance invoices factures serviceclient customerservice service clients client ' +
    'team equipe direction webmaster press presse media medias legal juridique partenariats partners partnership ' +
    'privacy rgpd dpo gdpr newsletter abuse enquiries inquiries orders commandes commande devis reception booking ' +
    'reservation reservations export import logistique shop boutique store mail email'
  ).split(' '),
);

function localPart(email: string): string {
  return email.slice(0, email.lastIndexOf('@')).toLowerCase();
}

export function isMachineAddress(email: string): boolean {
  return MACHINE_LOCAL.test(localPart(email));
}

/** info@, contact@, sales@, achats@, service-client@…: a mailbox, not a person. */
export function isRoleAddress(email: string): boolean {
  const local = localPart(email).split('+')[0]!.replace(/[._-]/g, '');
  return ROLE_LOCALS.has(local);
}
