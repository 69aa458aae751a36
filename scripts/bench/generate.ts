/**
 * Deterministic synthetic contacts for the benchmark: the same seed gives
 * the same 100,000 contacts on every machine. Rows are built by the
 * repository's own buildContact, so they have exactly the shape (and the
 * searchWords) the extension writes itself.
 */
import { buildContact } from '../../lib/contacts/repository';
import { foldText } from '../../lib/text/fold';
import {
  DEFAULT_SETTINGS,
  STAGES,
  STATUSES,
  type CustomFieldDef,
  type Group,
  type NewContact,
  type Stage,
  type Status,
  type ValidContactDraft,
} from '../../lib/model';
import { COMPANY_PREFIXES, GROUPS, INDUSTRIES, LOCALES, TAGS } from './names';

export const DEFAULT_SEED = 20_260_101;
/** Fixed "now" so generated dates never depend on the day of the run. */
export const GENERATED_AT = Date.UTC(2026, 0, 1);
const YEAR = 365 * 24 * 3600 * 1000;

/** mulberry32: small, fast, good enough for test data. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  /** Pick by weight: weights[i] is the share of items[i]. */
  const weighted = <T>(items: readonly T[], weights: readonly number[]): T => {
    let roll = next() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < items.length; i++) {
      roll -= weights[i]!;
      if (roll < 0) return items[i]!;
    }
    return items[items.length - 1]!;
  };
  return { next, int, pick, weighted };
}
export type Random = ReturnType<typeof createRandom>;

const STAGE_WEIGHTS = [50, 18, 12, 8, 7, 5];
const STATUS_WEIGHTS = [80, 6, 4, 8, 2];

export function syntheticGroups(): Group[] {
  return GROUPS.map((name, i) => ({ id: i + 1, name, color: `#${((i * 2_654_435) & 0xffffff).toString(16).padStart(6, '0')}`, createdAt: GENERATED_AT - YEAR }));
}

export function syntheticFieldDefs(): CustomFieldDef[] {
  const at = GENERATED_AT - YEAR;
  return [
    { key: 'industry', label: 'Industry', type: 'choice', options: [...INDUSTRIES], createdAt: at },
    { key: 'employees', label: 'Employees', type: 'number', createdAt: at },
    { key: 'budget', label: 'Budget (€)', type: 'number', createdAt: at },
    { key: 'last_event', label: 'Last event', type: 'date', createdAt: at },
    { key: 'newsletter', label: 'Newsletter', type: 'boolean', createdAt: at },
  ];
}

const slug = (value: string) => foldText(value).replace(/[^a-z0-9]+/g, '');

const DAY = 86_400_000;
const NEXT_STEPS = ['Call back about the proposal', 'Send the pricing', 'Follow up after the demo', 'Relance devis', 'Nachfassen Angebot', 'Enviar propuesta'];

/** One contact; `seen` keeps emails unique across the whole run. */
export function syntheticContact(random: Random, index: number, seen: Set<string>): NewContact {
  const locale = random.pick(LOCALES);
  const firstName = random.pick(locale.firstNames);
  const lastName = random.pick(locale.lastNames);
  const prefix = random.pick(COMPANY_PREFIXES);
  const word = random.pick(locale.companyWords);
  const form = random.pick(locale.companyForms);
  const company = [prefix, word, form].filter(Boolean).join(' ');
  const domain = `${slug(prefix)}${slug(word)}.${locale.tld}`;
  let email = `${slug(firstName)}.${slug(lastName)}@${domain}`;
  if (seen.has(email)) email = `${slug(firstName)}.${slug(lastName)}${index}@${domain}`;
  seen.add(email);

  const createdAt = GENERATED_AT - Math.floor(random.next() * 3 * YEAR);
  const updatedAt = createdAt + Math.floor(random.next() * (GENERATED_AT - createdAt));
  const method = random.weighted(['linkedin', 'import', 'gmail', 'page', 'manual'] as const, [45, 30, 12, 8, 5]);
  const draft: ValidContactDraft = {
    email,
    firstName,
    lastName,
    company,
    title: random.pick(locale.titles),
    phone: random.next() < 0.4 ? `+${locale.country === 'FR' ? '33 6' : '1 555'} ${String(10_000_000 + random.int(89_999_999))}` : undefined,
    linkedinUrl: random.next() < 0.7 ? `https://www.linkedin.com/in/${slug(firstName)}-${slug(lastName)}-${index.toString(36)}` : undefined,
    tags: Array.from({ length: random.int(4) }, () => random.pick(TAGS)),
    groupIds: random.next() < 0.5 ? [1 + random.int(GROUPS.length)] : [],
    customFields: {
      industry: random.pick(INDUSTRIES),
      employees: 5 + random.int(5000),
      ...(random.next() < 0.5 ? { budget: 1000 * (1 + random.int(200)) } : {}),
      ...(random.next() < 0.3 ? { last_event: new Date(updatedAt).toISOString().slice(0, 10) } : {}),
      newsletter: random.next() < 0.35,
    },
    source: { method, where: method === 'import' ? 'salon-2025.csv' : `https://www.linkedin.com/in/${slug(firstName)}`, at: createdAt },
  };
  const contact = buildContact(draft, DEFAULT_SETTINGS, method === 'manual', createdAt);
  contact.stage = random.weighted<Stage>(STAGES, STAGE_WEIGHTS);
  contact.status = random.weighted<Status>(STATUSES, STATUS_WEIGHTS);
  contact.archived = random.next() < 0.05 ? 1 : 0;
  contact.updatedAt = updatedAt;
  contact.lastActivityAt = createdAt + Math.floor(random.next() * (updatedAt - createdAt + 1));
  if (random.next() < 0.15) contact.editedFields = ['title'];
  // One contact in five has a next step (20,000 of 100,000), due within a month either side of
  // GENERATED_AT: derived from the index, so the random sequence (and every other field) stays as it was.
  if (index % 5 === 0) contact.nextStep = { text: NEXT_STEPS[index % NEXT_STEPS.length]!, dueAt: GENERATED_AT - 30 * DAY + ((index * 7919) % (60 * DAY)) };
  return contact;
}

/** `count` contacts in batches, so 100,000 never sit in memory twice. */
export function* syntheticBatches(count: number, batchSize = 5000, seed = DEFAULT_SEED): Generator<NewContact[]> {
  const random = createRandom(seed);
  const seen = new Set<string>();
  for (let start = 0; start < count; start += batchSize) {
    const size = Math.min(batchSize, count - start);
    yield Array.from({ length: size }, (_, i) => syntheticContact(random, start + i, seen));
  }
}

export const CSV_HEADER = ['Email', 'First name', 'Last name', 'Company', 'Job title', 'Phone', 'LinkedIn', 'Tags', 'Stage', 'Status', 'Industry', 'Employees'] as const;

/** A contact as a CSV record (the columns a CRM export typically has). */
export function csvRecord(contact: NewContact): string[] {
  return [
    contact.email,
    contact.firstName ?? '',
    contact.lastName ?? '',
    contact.company ?? '',
    contact.title ?? '',
    contact.phone ?? '',
    contact.linkedinUrl ?? '',
    contact.tags.join(', '),
    contact.stage,
    contact.status,
    String(contact.customFields.industry ?? ''),
    String(contact.customFields.employees ?? ''),
  ];
}
