import Dexie, { type EntityTable, type Table } from 'dexie';
import { UPGRADES } from './migrations';
import type { CounterRow } from './counters';
import type { FactKey, FactRow } from './facts';
import { countersMiddleware } from './counters-middleware';
import { deriveSortKeys } from './sort-keys';
import { deriveDueKey } from './due-key';
import { outboxMiddleware, type OutboxRow, type SyncIdRow } from '../sync/outbox-middleware';
import type { Contact, CustomFieldDef, Group, HistoryEntry, Note, Suppression } from '../model';

import { DB_NAME } from './name';

export { DB_NAME };

/** A LinkedIn profile saved without an email: waits here until one is added. */
export interface PendingProfile {
  linkedinUrl: string;
  profile: Record<string, string | undefined>;
  sourceUrl: string;
  method: 'linkedin' | 'salesnav';
  createdAt: number;
  updatedAt: number;
  /** Chosen when a list was saved; given to the contact it becomes (not indexed: "To complete" is read whole). */
  tags?: string[];
  groupIds?: number[];
}

/** A saved segment; its criteria are defined by lib/segments. */
export interface SegmentRow {
  id: number;
  name: string;
  criteria: unknown;
  createdAt: number;
  updatedAt: number;
}

/** The mapping a user chose for a CSV header, reused for the next file with the same header. */
export interface ImportMappingRow {
  headerKey: string;
  mapping: Record<string, string | null>;
  updatedAt: number;
}

/** One import run, written as it goes so an interrupted import can be reported. */
export interface ImportRunRow {
  id: number;
  fileName: string;
  startedAt: number;
  finishedAt?: number;
  state: 'running' | 'done' | 'cancelled' | 'failed';
  total: number;
  created: number;
  updated: number;
  skipped: number;
  rejected: number;
}

export interface KeyValue {
  key: string;
  value: unknown;
}

/**
 * Each version's schema, in order. A new version appends here (never edit an
 * old one) and, if data must change, an upgrade function in migrations.ts.
 */
export const SCHEMA_VERSIONS: Record<number, Record<string, string>> = {
  1: {
    contacts:
      '++id, &email, linkedinUrl, *tags, *groupIds, stage, status, archived, createdAt, updatedAt, *searchWords, [archived+updatedAt], [archived+stage], [archived+status]',
    groups: '++id, &name',
    fieldDefs: '&key',
    history: '++id, contactId, [contactId+at]',
    suppression: '&hash',
    pending: '&linkedinUrl, updatedAt',
    kv: '&key',
  },
  // v2: retention works on the prospect's last activity, not on the last edit.
  2: {
    contacts:
      '++id, &email, linkedinUrl, *tags, *groupIds, stage, status, archived, createdAt, updatedAt, lastActivityAt, *searchWords, [archived+updatedAt], [archived+stage], [archived+status], [archived+lastActivityAt]',
  },
  // v3: board columns read newest-first per stage; saved segments; remembered
  // import mappings; import runs (so a closed import tab can report on reopening).
  3: {
    contacts:
      '++id, &email, linkedinUrl, *tags, *groupIds, stage, status, archived, createdAt, updatedAt, lastActivityAt, *searchWords, [archived+updatedAt], [archived+stage], [archived+status], [archived+lastActivityAt], [archived+stage+updatedAt], [archived+createdAt]',
    segments: '++id, &name',
    importMappings: '&headerKey',
    imports: '++id, startedAt',
  },
  // v4: the manager sorts by name, company and email within archived/live
  // (sortName and sortCompany are derived folded strings, see sort-keys.ts).
  4: {
    contacts:
      '++id, &email, linkedinUrl, *tags, *groupIds, stage, status, archived, createdAt, updatedAt, lastActivityAt, *searchWords, [archived+updatedAt], [archived+stage], [archived+status], [archived+lastActivityAt], [archived+stage+updatedAt], [archived+createdAt], sortName, sortCompany, [archived+sortName], [archived+sortCompany], [archived+email]',
  },
  // v5: maintained counts of contacts (per archived flag, stage, status, tag,
  // group), kept by the middleware in counters.ts: counting an index walks it.
  5: {
    counters: '&key',
  },
  // v6: a next step per contact, its due time indexed for live contacts only
  // (lib/db/due-key.ts); notes, read per contact newest first, searched by word.
  6: {
    contacts:
      '++id, &email, linkedinUrl, *tags, *groupIds, stage, status, archived, createdAt, updatedAt, lastActivityAt, *searchWords, [archived+updatedAt], [archived+stage], [archived+status], [archived+lastActivityAt], [archived+stage+updatedAt], [archived+createdAt], sortName, sortCompany, [archived+sortName], [archived+sortCompany], [archived+email], nextDueAt',
    notes: '++id, contactId, [contactId+createdAt], *searchWords',
  },
  // v7 (v6 is issue 19's): team sync's outbox, written in the transaction of
  // each change of a synced table (lib/sync/outbox-middleware.ts), and the
  // random document id of each synced row (a row may answer to several ids
  // after two machines created "the same" one: see lib/sync/ids.ts).
  7: {
    outbox: '++seq',
    syncIds: '&docId, ref',
  },
  // v8: the ids of the contacts having each enumerated fact (archived flag,
  // stage, status, tag, group) as bitmaps, one row per 65,536 ids, kept by the
  // counters middleware (lib/db/facts.ts): segment counts AND them.
  8: {
    facts: '[fact+high]',
  },
  // v9: the facts also hold each contact's two-letter search prefixes and day of last
  // update (lib/db/counters.ts' factKeys): no store changes, the bitmaps are rebuilt.
  9: {},
};

export class FluenzrDatabase extends Dexie {
  contacts!: EntityTable<Contact, 'id'>;
  groups!: EntityTable<Group, 'id'>;
  fieldDefs!: Table<CustomFieldDef, string>;
  history!: EntityTable<HistoryEntry, 'id'>;
  suppression!: Table<Suppression, string>;
  pending!: Table<PendingProfile, string>;
  kv!: Table<KeyValue, string>;
  segments!: EntityTable<SegmentRow, 'id'>;
  importMappings!: Table<ImportMappingRow, string>;
  imports!: EntityTable<ImportRunRow, 'id'>;
  counters!: Table<CounterRow, string>;
  notes!: EntityTable<Note, 'id'>;
  outbox!: Table<OutboxRow, number>;
  syncIds!: Table<SyncIdRow, string>;
  facts!: Table<FactRow, FactKey>;

  constructor(name = DB_NAME) {
    super(name);
    for (const [version, schema] of Object.entries(SCHEMA_VERSIONS)) {
      const upgrade = UPGRADES[Number(version)];
      const declared = this.version(Number(version)).stores(schema);
      if (upgrade) declared.upgrade(upgrade);
    }
    deriveSortKeys(this.contacts);
    deriveDueKey(this.contacts);
    this.use(countersMiddleware);
    this.use(outboxMiddleware);
  }
}

export const CURRENT_VERSION = Math.max(...Object.keys(SCHEMA_VERSIONS).map(Number));

let instance: FluenzrDatabase | undefined;

/** The one database of this extension context, opened lazily. */
export function getDb(): FluenzrDatabase {
  instance ??= new FluenzrDatabase();
  return instance;
}

/** Tests only: use a fresh database (fake-indexeddb) for each test. */
export function setDbForTests(db: FluenzrDatabase | undefined): void {
  instance = db;
}
