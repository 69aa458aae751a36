import type { Page } from '@playwright/test';
import { countDelta, factKeys, type Countable } from '../../../lib/db/counters';
import { searchWordsOf } from '../../../lib/db/search-words';
import { sortKeysOf } from '../../../lib/db/sort-keys';
import { buildContact } from '../../../lib/contacts/repository';
import { ContactDraftSchema, DEFAULT_SETTINGS, STAGES, type Contact, type ContactDraft, type Group, type Stage } from '../../../lib/model';

const FIRST = ['Camille', 'Julien', 'Sophie', 'Thomas', 'Élodie', 'Nicolas', 'Claire', 'Antoine', 'Léa', 'Mathieu', 'Sarah', 'David', 'Emma', 'Lucas', 'Chloé', 'Hugo', 'Inès', 'Maxime', 'Laura', 'Pierre'];
const LAST = ['Martin', 'Bernard', 'Dubois', 'Durand', 'Lefèvre', 'Moreau', 'Laurent', 'Simon', 'Michel', 'Garcia', 'Roux', 'Fournier', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller'];
const COMPANIES = ['Acme Robotics', 'Helios Energie', 'Nova Fintech', 'Brioche & Co', 'Datavia', 'Orbital Logistics', 'Pixel Forge', 'Verdure SAS', 'Quantix', 'Maison Lumière'];
const TITLES = ['Head of Sales', 'Directrice commerciale', 'CTO', 'VP Marketing', 'Responsable achats', 'CEO', 'Growth Manager', 'DAF'];
const TAGS = ['saas', 'salon-2026', 'fintech', 'inbound', 'partner', 'decision-maker'];

export const SAMPLE_GROUPS: Array<Omit<Group, 'id'>> = [
  { name: 'Île-de-France', color: '#6366f1', createdAt: 1_760_000_000_000 },
  { name: 'Key accounts', color: '#f59e0b', createdAt: 1_760_000_000_000 },
  { name: 'Webinar leads', color: '#10b981', createdAt: 1_760_000_000_000 },
];

const slug = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '');

export interface SampleOptions {
  /** Stage of the i-th contact; spread over the pipeline by default. */
  stageOf?: (i: number) => Stage;
  start?: number;
  now?: number;
}

/** Realistic, deterministic contacts (as stored, without ids). */
export function sampleContacts(count: number, options: SampleOptions = {}): Array<Omit<Contact, 'id'>> {
  const { start = 0, now = Date.now() } = options;
  const stageOf = options.stageOf ?? ((i: number) => STAGES[[0, 0, 0, 1, 1, 2, 3, 4, 5][i % 9]!]!);
  return Array.from({ length: count }, (_, k) => {
    const i = start + k;
    const firstName = FIRST[i % FIRST.length]!;
    // i = 20a + b gives (b, a + 7b mod 20): every name pair differs within 400 contacts.
    const lastName = LAST[(Math.floor(i / FIRST.length) + 7 * (i % FIRST.length)) % LAST.length]!;
    const company = COMPANIES[(i * 7) % COMPANIES.length]!;
    const email = `${slug(firstName)}.${slug(lastName)}${i >= 400 ? i : ''}@${slug(company)}.com`;
    const at = now - i * 60_000;
    const contact: Omit<Contact, 'id'> = {
      email,
      firstName,
      lastName,
      company,
      title: TITLES[i % TITLES.length]!,
      customFields: {},
      tags: [TAGS[i % TAGS.length]!, ...(i % 4 === 0 ? [TAGS[(i + 3) % TAGS.length]!] : [])],
      groupIds: i % 3 === 0 ? [1] : i % 5 === 0 ? [2] : [],
      stage: stageOf(i),
      status: 'Active',
      archived: 0,
      source: { method: 'linkedin', where: `https://www.linkedin.com/in/${slug(firstName)}-${slug(lastName)}-${i}`, at },
      consent: { basis: 'legitimate_interest', at },
      editedFields: [],
      searchWords: [],
      createdAt: at,
      updatedAt: at,
      lastActivityAt: at,
    };
    contact.searchWords = searchWordsOf(contact);
    return contact;
  });
}

export interface RawWrite {
  contacts: unknown[];
  groups: unknown[];
  settings?: { plan: string; locale: string };
  /** What the added contacts change in the maintained counters (the Dexie middleware is bypassed here). */
  counters: Array<[string, number]>;
  /** The enumerated facts of each added contact, in order (lib/db/facts.ts: the middleware keeps their bitmaps). */
  facts: string[][];
}

/**
 * Runs in an extension page (Playwright sends its source: it names nothing
 * outside itself). One transaction: the contacts, then, once the store has
 * given their ids, the counters and the fact bitmaps they add to, in the
 * containers of lib/db/bitmaps.ts (a sorted Uint16Array up to 4,096 values,
 * else a Uint32Array of 2,048 words). Exported for its unit test.
 */
export async function rawWrite({ contacts, groups, settings, counters, facts }: RawWrite): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('fluenzr');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction(['contacts', 'groups', 'kv', 'counters', 'facts'], 'readwrite');
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  for (const group of groups) tx.objectStore('groups').add(group);
  if (settings) tx.objectStore('kv').put({ key: 'settings', value: settings });
  const counterStore = tx.objectStore('counters');
  for (const [key, n] of counters) {
    const read = counterStore.get(key);
    read.onsuccess = () => counterStore.put({ key, n: ((read.result as { n: number } | undefined)?.n ?? 0) + n });
  }
  const ids: number[] = [];
  const addFacts = () => {
    const lowsOf = new Map<string, { fact: string; high: number; lows: number[] }>();
    facts.forEach((keys, i) => {
      const id = ids[i]!;
      for (const fact of keys) {
        const key = JSON.stringify([fact, id >>> 16]);
        if (!lowsOf.has(key)) lowsOf.set(key, { fact, high: id >>> 16, lows: [] });
        lowsOf.get(key)!.lows.push(id & 0xffff);
      }
    });
    const factStore = tx.objectStore('facts');
    for (const { fact, high, lows } of lowsOf.values()) {
      const read = factStore.get([fact, high]);
      read.onsuccess = () => {
        const bits = new Uint32Array(2048);
        const old = (read.result as { values: Uint16Array | Uint32Array } | undefined)?.values;
        if (old && old.BYTES_PER_ELEMENT === 4) bits.set(old);
        else if (old) for (const low of old) bits[low >>> 5]! |= 1 << (low & 31);
        for (const low of lows) bits[low >>> 5]! |= 1 << (low & 31);
        const all: number[] = [];
        for (let low = 0; low < 65_536; low++) if (bits[low >>> 5]! & (1 << (low & 31))) all.push(low);
        factStore.put({ fact, high, values: all.length > 4096 ? bits : Uint16Array.from(all) });
      };
    }
  };
  let pending = contacts.length;
  contacts.forEach((contact, i) => {
    const request = tx.objectStore('contacts').add(contact);
    request.onsuccess = () => {
      ids[i] = request.result as number;
      if (--pending === 0) addFacts();
    };
  });
  await done;
  db.close();
}

/**
 * Write straight into the extension's IndexedDB from one of its pages (the
 * page must have opened the database), in one transaction. What Dexie would
 * derive on the way (sort keys, counters, fact bitmaps) is derived here with the same code.
 * Pages opened or reloaded afterwards see the data; live queries already
 * running are not told.
 */
async function writeRaw(page: Page, contacts: Array<Record<string, unknown>>, extra: Omit<RawWrite, 'contacts' | 'counters' | 'facts'> = { groups: [] }): Promise<void> {
  await page.evaluate(rawWrite, rawPayload(contacts, extra));
}

/** What rawWrite is given for these contacts (derived fields, counters and facts computed here, with the extension's code). */
export function rawPayload(contacts: Array<Record<string, unknown>>, extra: Omit<RawWrite, 'contacts' | 'counters' | 'facts'> = { groups: [] }): RawWrite {
  const rows = contacts.map((contact) => ({ ...contact, ...sortKeysOf(contact as Parameters<typeof sortKeysOf>[0]) }));
  const counters = [...countDelta(rows.map((row) => [undefined, row as Countable]))];
  return { contacts: rows, counters, facts: rows.map((row) => factKeys(row as Countable)), ...extra };
}

/** Seed contacts, groups and the plan or locale. */
export async function seedDatabase(
  page: Page,
  data: { contacts?: Array<Omit<Contact, 'id'>>; groups?: Array<Omit<Group, 'id'>>; plan?: 'free' | 'starter' | 'pro'; locale?: 'en' | 'fr' },
): Promise<void> {
  const { contacts = [], groups = [], plan, locale } = data;
  const settings = plan || locale ? { plan: plan ?? 'free', locale: locale ?? 'auto' } : undefined;
  await writeRaw(page, contacts as unknown as Array<Record<string, unknown>>, { groups, settings });
}

/** Read one store's rows matching an index value, from an extension page. */
export async function readWhere<T>(page: Page, store: string, index: string, value: number | string): Promise<T[]> {
  const rows: unknown = await page.evaluate(
    async ({ store, index, value }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('fluenzr');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).index(index).getAll(value);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return JSON.parse(JSON.stringify(rows)) as string[];
    },
    { store, index, value },
  );
  return rows as T[];
}

/** A contact given by its interesting fields only; the rest takes defaults. */
export interface SeedContact {
  email: string;
  firstName?: string;
  company?: string;
  tags?: string[];
  groupIds?: number[];
  status?: string;
  stage?: string;
  customFields?: Contact['customFields'];
}

/** A stored contact as the repository builds it from a draft, with `overrides` on top (stage, status, archived…). */
function built(email: string, draft: Partial<ContactDraft>, overrides: Record<string, unknown>, at: number): Record<string, unknown> {
  const valid = ContactDraftSchema.parse({ source: { method: 'manual', where: 'manual', at }, ...draft, email });
  const contact: Record<string, unknown> = { ...buildContact(valid, DEFAULT_SETTINGS, false, at), ...overrides };
  contact.searchWords = searchWordsOf(contact as Parameters<typeof searchWordsOf>[0]);
  return contact;
}

/** Seed contacts given partially, and groups with fixed ids. */
export async function seedPartial(page: Page, data: { contacts: SeedContact[]; groups?: Array<{ id: number; name: string }> }): Promise<void> {
  const now = Date.now();
  const contacts = data.contacts.map(({ email, ...partial }) => built(email, {}, partial, now));
  const groups = (data.groups ?? []).map((group) => ({ ...group, color: '#6366f1', createdAt: now }));
  await writeRaw(page, contacts, { groups });
}

/** Save a segment the way the editor saves it (lib/segments/store). */
export async function seedSegment(page: Page, name: string, criteria: unknown): Promise<void> {
  await page.evaluate(
    async ({ name, criteria }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('fluenzr');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('segments', 'readwrite');
        tx.objectStore('segments').add({ name, criteria, createdAt: 1, updatedAt: 1 });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { name, criteria },
  );
}

/**
 * Write contact rows straight into the extension's IndexedDB from one of its
 * pages (fast seeding for plan-limit and retention tests). The page must have
 * opened the database already (e.g. the plan usage is shown).
 */
export async function seedRows(page: Page, rows: Array<Record<string, unknown>>): Promise<void> {
  await writeRaw(page, rows);
}

/** Every row of one table, read from an extension page. */
export async function readTable<T = Record<string, unknown>>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('fluenzr');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(name, 'readonly').objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows;
  }, table) as Promise<T[]>;
}

/** A stored contact row as the repository writes it. */
export function contactRow(email: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return built(email, { firstName: email.split('@')[0] }, overrides, Date.now());
}
