import { ALIASES, BLOCKING_WORDS, normalizeHeader, QUALIFIER_RANK, type TargetField } from './aliases';

/** Fields several columns feed by default, in rank order: the first filled one is the value, the others are kept. */
export const MULTI_COLUMN_FIELDS: ReadonlySet<string> = new Set(['email', 'phone', 'tags']);

export type Entity = 'person' | 'organization' | 'deal';

const ENTITY = /^\s*(person|personne|contact|lead|prospect|organi[sz]ation|company|soci[ée]t[ée]|account|compte|deal|affaire|opportunit[ée]|opportunity)\s*[-–—:|>]\s*(.+)$/i;

/**
 * CRM exports name the entity first: "Person - Email - Work" (Pipedrive),
 * "Personne - E-mail - Travail", "Organisation - Nom" (Pipedrive in French).
 */
export function entityPrefix(header: string): { entity: Entity; rest: string } | undefined {
  const match = ENTITY.exec(header);
  if (!match) return undefined;
  const word = normalizeHeader(match[1]!);
  const entity: Entity = /^(deal|affaire|opportunit)/.test(word) ? 'deal' : /^(person|personne|contact|lead|prospect)$/.test(word) ? 'person' : 'organization';
  return { entity, rest: match[2]! };
}

/** What an organization's or a deal's column tells about the person: only the company name and the contact's name. */
export function entityField(entity: Exclude<Entity, 'person'>, rest: string): TargetField | undefined {
  const name = normalizeHeader(rest);
  if (entity === 'organization') return name === 'nom' || name === 'name' ? 'company' : undefined;
  if (/^(organi[sz]ation|organi[sz]ation name|company|societe|entreprise)$/.test(name)) return 'company';
  if (/^(personne a contacter|contact person|person|personne|contact)$/.test(name)) return 'fullName';
  return undefined;
}

/**
 * "E-mail - Domicile", "Home Phone", "E-mail 2 Address", "SMS": an email or
 * phone column with its rank (0 work … 4 other; a number adds to it).
 */
export function qualifiedField(name: string): { field: 'email' | 'phone'; rank: number } | undefined {
  const words = name.split(' ').filter(Boolean);
  let qualifier: number | undefined;
  let number = 0;
  const core: string[] = [];
  for (const word of words) {
    if (word in QUALIFIER_RANK) qualifier = Math.max(qualifier ?? 0, QUALIFIER_RANK[word]!);
    else if (/^\d$/.test(word)) number = Number(word);
    else if (word !== 'value' && word !== 'valeur') core.push(word);
  }
  const rank = qualifier ?? 1;
  if (core.some((w) => BLOCKING_WORDS.has(w) && !(w in QUALIFIER_RANK))) return undefined;
  // "Other emails", "Autres e-mails": a plural names the same field.
  const singular = core.map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w)).join(' ');
  const field = ALIASES.get(core.join(' ')) ?? ALIASES.get(singular) ?? (core.length === 0 && /\b(sms|mobile|portable|gsm)\b/.test(name) ? 'phone' : undefined);
  if (field !== 'email' && field !== 'phone') return undefined;
  return { field, rank: rank + (number > 1 ? number : 0) };
}
