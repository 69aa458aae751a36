import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/min';
import { fold, isNameLine } from './signature-locate';

export interface SignatureFacts {
  title?: string;
  company?: string;
  phone?: string;
}

interface Context {
  name?: string;
  /** The company the address's domain names, to recognise it in the signature. */
  domainCompany?: string;
  defaultCountry?: CountryCode;
}

// Job words, English and French; a line holding one is a job title.
const TITLE_WORDS = new RegExp(
  String.raw`(?<!\p{L})(director|directeur|directrice|direction|manager|head|vp|vice[- ]president|president|présidente?|ceo|cto|cfo|coo|cmo|cio|chief|founder|co-?founder|fondat(?:eur|rice)|co-?fondat(?:eur|rice)|responsable|chargée?|chef|ingénieure?|engineer|consultante?|commerciale?|sales|account|acheteu(?:r|se)|buyer|purchasing|achats|gérante?|partner|associée?|officer|lead|developer|développeu(?:r|se)|analyste?|assistante?|coordinat(?:or|eur|rice)|specialist|spécialiste|executive|représentante?|advisor|conseill(?:er|ère)|owner|dirigeante?|dg|drh|daf|marketing|business developer|technicien(?:ne)?|juriste|avocate?|comptable|secrétaire|designer|architecte?|recruteur|recruiter|product|intern|stagiaire)(?!\p{L})`,
  'iu',
);
const LEGAL_FORM = /(?<!\p{L})(sa|sas|sasu|sarl|eurl|sci|snc|inc\.?|llc|ltd\.?|limited|gmbh|ag|bv|nv|s\.a\.|plc|corp\.?|corporation|group|groupe|holding)(?!\p{L})/iu;
const CONTACT_INFO = /@|https?:|www\.|linkedin|\.(com|fr|net|io|org)\b/i;
const ADDRESS = /^\d{1,4}[\s,]|(?<!\d)\d{5}(?!\d)|\b(rue|avenue|av\.|boulevard|bd|place|allée|chemin|quai|cedex|street|st\.|road|rd\.|suite|floor|étage|bp)\b/i;
const FAX = /\b(fax|télécopie)\b/i;
// Which phone to keep when several are given: mobile, then direct, then any.
const PHONE_RANK: Array<[RegExp, number]> = [
  [/\b(mobile|mob|portable|port|cell|gsm|m)\b\.?\s*[:.]?/i, 3],
  [/\b(direct|ligne directe|ld|d)\b\.?\s*[:.]?/i, 2],
];
const SPLIT = /\s+[|•·–—-]\s+|\s*\|\s*/;
const AT_COMPANY = /^(.+?)\s+(?:at|chez|@)\s+(.+)$/i;

/** Title, company and phone from a signature's lines (French and English). */
export function parseSignature(lines: string[], context: Context = {}): SignatureFacts {
  const facts: SignatureFacts = {};
  let phoneRank = -1;
  const texts: string[] = [];
  for (const raw of lines) {
    const line = stripName(raw, context.name);
    if (!line) continue;
    const digits = line.replace(/\D/g, '').length;
    if (digits >= 8 && !FAX.test(line)) {
      const found = findPhoneNumbersInText(line, { defaultCountry: context.defaultCountry ?? 'FR' })[0];
      if (found) {
        const rank = PHONE_RANK.find(([label]) => label.test(line))?.[1] ?? 1;
        if (rank > phoneRank) {
          phoneRank = rank;
          facts.phone = found.number.formatInternational();
        }
        continue;
      }
    }
    if (digits >= 8 || FAX.test(line) || CONTACT_INFO.test(line) || ADDRESS.test(line) || line.length > 120) continue;
    texts.push(line);
  }
  for (const line of texts) {
    if (facts.title && facts.company) break;
    const atCompany = AT_COMPANY.exec(line);
    if (!facts.title && atCompany && TITLE_WORDS.test(atCompany[1]!)) {
      facts.title = atCompany[1]!.trim();
      facts.company ??= atCompany[2]!.trim();
      continue;
    }
    const parts = line.split(SPLIT).map((part) => part.trim()).filter(Boolean);
    if (parts.length >= 2) {
      const titlePart = parts.find((part) => TITLE_WORDS.test(part) && !looksLikeCompany(part, context));
      const companyPart = parts.find((part) => part !== titlePart && !isNameLine(part, context.name));
      if (titlePart && !facts.title) facts.title = titlePart;
      if (companyPart && !facts.company && (titlePart || looksLikeCompany(companyPart, context))) facts.company = companyPart;
      if (titlePart || facts.company === companyPart) continue;
    }
    if (!facts.title && TITLE_WORDS.test(line) && !looksLikeCompany(line, context)) facts.title = line;
    else if (!facts.company && (looksLikeCompany(line, context) || (facts.title && line.length <= 60))) facts.company = line;
  }
  return facts;
}

/** Drop the person's name from a line ("Jane Doe | VP Sales" → "VP Sales"). */
function stripName(line: string, name: string | undefined): string {
  if (isNameLine(line, name)) return '';
  const [first, ...rest] = line.split(SPLIT);
  if (rest.length && isNameLine(first!, name)) return rest.join(' | ').trim();
  return line.trim();
}

function looksLikeCompany(text: string, context: Context): boolean {
  if (LEGAL_FORM.test(text)) return true;
  const company = context.domainCompany && fold(context.domainCompany).replace(/[^a-z0-9]/g, '');
  return Boolean(company && company.length >= 3 && fold(text).replace(/[^a-z0-9]/g, '').includes(company));
}
