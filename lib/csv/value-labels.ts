import { translator, type Locale, type MessageKey, type Translate } from '../i18n';
import { LEGAL_BASES, SOURCE_METHODS, STAGES, STATUSES } from '../model';
import { foldText } from '../text/fold';

/**
 * Stage, status, legal basis and source method in words: the French Excel
 * export writes them as the French UI shows them, and the importer reads
 * either language (and the codes) back, from the same labels.
 */
export const VALUE_KINDS = {
  stage: { values: STAGES, key: (v: string) => `stage.${v}` },
  status: { values: STATUSES, key: (v: string) => `status.${v}` },
  legalBasis: { values: LEGAL_BASES, key: (v: string) => `contacts.basis.${v}` },
  source: { values: SOURCE_METHODS, key: (v: string) => `contacts.method.${v}` },
} as const;
export type ValueKind = keyof typeof VALUE_KINDS;

// Translators are made on first use: this module is in every page's bundle, most never need French.
const made: Partial<Record<Locale, Translate>> = {};
const fr: Translate = (key, params) => (made.fr ??= translator('fr'))(key, params);
const en: Translate = (key, params) => (made.en ??= translator('en'))(key, params);
const fold = (value: string) => foldText(value.trim()).replace(/[_\s-]+/g, ' ');

/** The value as the French UI writes it ("Gagné", "Intérêt légitime"). */
export function frenchLabel(kind: ValueKind, value: string): string {
  const spec = VALUE_KINDS[kind];
  return (spec.values as readonly string[]).includes(value) ? fr(spec.key(value) as MessageKey) : value;
}

/** Words other tools use for our values. */
const EXTRA_WORDS: Record<ValueKind, Record<string, string>> = {
  stage: { qualifie: 'Qualified', proposition: 'Proposal', negociation: 'Negotiation', gagne: 'Won', perdu: 'Lost', prospect: 'Lead' },
  status: { actif: 'Active', desabonne: 'Unsubscribed', desinscrit: 'Unsubscribed', rejete: 'Bounced', repondu: 'Replied', bloque: 'Blocked' },
  legalBasis: { 'interet legitime': 'legitimate_interest', consentement: 'consent', contrat: 'contract', autre: 'other' },
  source: {},
};

const WORDS: Record<ValueKind, Map<string, string>> = Object.fromEntries(
  Object.entries(VALUE_KINDS).map(([kind, spec]) => {
    const words = new Map<string, string>(Object.entries(EXTRA_WORDS[kind as ValueKind]));
    for (const value of spec.values as readonly string[]) {
      words.set(fold(value), value);
      words.set(fold(en(spec.key(value) as MessageKey)), value);
      words.set(fold(fr(spec.key(value) as MessageKey)), value);
    }
    return [kind, words];
  }),
) as Record<ValueKind, Map<string, string>>;

/** A cell's value as one of ours ("Gagné" → Won), or undefined when it is none of them. */
export function readValue(kind: ValueKind, cell: string): string | undefined {
  return WORDS[kind].get(fold(cell));
}
