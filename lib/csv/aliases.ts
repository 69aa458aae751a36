import { foldText } from '../text/fold';

/**
 * Where a column can go. Contact fields keep the model's names; `fullName`
 * is split into first and last name; `source`, `sourceUrl` and `legalBasis`
 * bring back what our own export wrote; `custom:<key>` is a custom field.
 */
export const TARGET_FIELDS = [
  'email',
  'firstName',
  'lastName',
  'fullName',
  'company',
  'title',
  'phone',
  'linkedinUrl',
  'tags',
  'groups',
  'stage',
  'status',
  'source',
  'sourceUrl',
  'legalBasis',
] as const;
export type TargetField = (typeof TARGET_FIELDS)[number];
export type FieldKey = TargetField | `custom:${string}`;

/** Case, accents and punctuation don't count: "E-mail Address" → "e mail address". */
export function normalizeHeader(header: string): string {
  return foldText(header)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Column names seen in real files, in English and French, and those of
 * LinkedIn (Connections.csv), Google Contacts, Outlook (EN/FR), HubSpot,
 * Apollo, lemlist, Pipedrive, Salesforce and French Excel sheets.
 */
const RAW_ALIASES: Record<TargetField, string[]> = {
  email: [
    'email', 'e-mail', 'email address', 'e-mail address', 'emailaddress', 'mail', 'courriel', 'adresse e-mail',
    'adresse email', 'adresse mail', 'adresse de messagerie', 'adresse électronique', 'mél', 'e-mail 1 - value',
    'e-mail 1 - valeur', 'email 1', 'primary email', 'work email', 'business email', 'person - email',
    'person - email - work', 'email - work', 'email (work)', 'e-mail 1', 'adresse e-mail 1', 'email_address',
  ],
  firstName: [
    'first name', 'firstname', 'first_name', 'given name', 'prénom', 'prenom', 'person - first name', 'forename',
  ],
  lastName: [
    'last name', 'lastname', 'last_name', 'surname', 'family name', 'nom', 'nom de famille', 'person - last name',
  ],
  fullName: ['name', 'full name', 'fullname', 'nom complet', 'person - name', 'contact name', 'display name', 'prénom nom'],
  company: [
    'company', 'company name', 'companyname', 'organization', 'organisation', 'organization name',
    'organization 1 - name', 'account name', 'société', 'societe', 'entreprise', 'employer', 'person - organization',
    'raison sociale', 'company_name', 'nom de l entreprise', 'nom de la société',
  ],
  title: [
    'job title', 'jobtitle', 'job_title', 'position', 'poste', 'fonction', 'titre du poste', 'intitulé du poste',
    'organization title', 'organization 1 - title', 'role', 'occupation', 'headline', 'person - job title',
  ],
  phone: [
    'phone', 'phone number', 'phonenumber', 'telephone', 'téléphone', 'tel', 'tél', 'mobile', 'mobile phone',
    'portable', 'business phone', 'work phone', 'phone 1 - value', 'phone 1 - valeur', 'first phone',
    'work direct phone', 'corporate phone', 'person - phone', 'person - phone - work', 'phone - work',
    'numéro de téléphone', 'téléphone (bureau)', 'téléphone bureau', 'tél. mobile', 'téléphone mobile', 'mobile number',
    'sms', 'numéro de mobile', 'gsm',
  ],
  linkedinUrl: [
    'linkedin', 'linkedin url', 'linkedinurl', 'linkedin profile', 'linkedin profile url', 'profil linkedin',
    'url linkedin', 'person linkedin url', 'linkedin_url', 'lien linkedin',
  ],
  tags: ['tags', 'tag', 'labels', 'person - labels', 'étiquettes', 'étiquette', 'catégories', 'categories', 'lists', 'group membership', 'mots clés'],
  groups: ['groups', 'groupes', 'group', 'groupe'],
  stage: ['stage', 'étape', 'pipeline stage', 'lifecycle stage', 'deal stage', 'stade', 'étape du pipeline'],
  status: ['status', 'statut', 'lead status', 'contact status'],
  source: ['source', 'source method', 'méthode source'],
  sourceUrl: ['source url', 'url source', 'source where', 'origine'],
  legalBasis: ['legal basis', 'base légale', 'consent basis', 'base juridique'],
};

/**
 * Names that fit a field only when the values confirm it (LinkedIn's "URL"
 * column holds profile links; Salesforce's "Title" is a job title but
 * Outlook's is "Mr."/"Mrs.").
 */
export const WEAK_ALIASES: Record<string, TargetField> = {
  url: 'linkedinUrl',
  'profile url': 'linkedinUrl',
  title: 'title',
  titre: 'title',
};

export const ALIASES: Map<string, TargetField> = new Map(
  Object.entries(RAW_ALIASES).flatMap(([field, names]) => names.map((name) => [normalizeHeader(name), field as TargetField])),
);

/** Words that turn an email-ish header into something else ("Email consent", "Email status"…). */
export const BLOCKING_WORDS = new Set([
  'consent', 'consentement', 'status', 'statut', 'type', 'label', 'verified', 'verification', 'confidence', 'opt',
  'optout', 'unsubscribed', 'bounce', 'bounced', 'domain', 'domaine', 'date', 'sent', 'opened', 'clicked', 'count',
  'owner', 'source', 'id', 'display', 'format', 'valid', 'validity', 'score', 'catch', 'for', 'company',
  'entreprise', 'societe', 'account', 'created', 'updated', 'time', 'other', 'autre', 'middle', 'phonetic', 'yomi',
  'nickname', 'suffix', 'prefix', 'department', 'departement', 'dept', 'home', 'fax', 'pager', 'assistant', 'manager',
  'spouse', 'street', 'city', 'website', 'web', 'personnel', 'domicile',
]);

/**
 * Words that say which of several emails or phones a column holds; they make
 * it a fallback column of that field ("E-mail - Domicile", "Mobile Phone",
 * "E-mail 2 Address"), ranked: work first, then plain, mobile, home, other.
 */
export const QUALIFIER_RANK: Record<string, number> = {
  work: 0, business: 0, travail: 0, bureau: 0, professionnel: 0, pro: 0, direct: 0, primary: 0, principal: 0,
  mobile: 2, portable: 2, cell: 2, sms: 2, gsm: 2,
  home: 3, domicile: 3, personal: 3, personnel: 3, private: 3, prive: 3, perso: 3,
  other: 4, autre: 4, corporate: 4, company: 4, societe: 4, standard: 4, autres: 4, others: 4, secondary: 4, alternate: 4, additional: 4,
};
