/**
 * Helpers injected (through DevTools, never shipped) into an extension page
 * of the benchmark browser, as window.__fluenzrBench. They run in the
 * extension's origin, so they write the extension's own IndexedDB through
 * the production schema (FluenzrDatabase) and the production row builder.
 */
import Dexie from 'dexie';
import Papa from 'papaparse';
import { FluenzrDatabase } from '../../../lib/db/database';
import { repairCounters } from '../../../lib/db/repair';
import { queryContacts, DEFAULT_SORT } from '../../../lib/contacts/query';
import type { ReadOptions } from '../../../lib/segments/reader';
import { exportContactsCsv } from '../../../lib/csv/export';
import { searchWordsOf } from '../../../lib/db/search-words';
import { countSegment } from '../../../lib/segments/query';
import { overdueCount } from '../../../lib/reminders/schedule';
import type { Segment } from '../../../lib/segments/schema';
import { DEFAULT_SETTINGS, STAGES, type Contact, type NewContact } from '../../../lib/model';
import { CSV_HEADER, csvRecord, syntheticBatches, syntheticFieldDefs, syntheticGroups } from '../generate';

const BASELINE_DB = 'fluenzr-bench-baseline';

/** Fill the extension's database with `count` synthetic contacts, in bulk transactions. */
async function seed(count: number): Promise<{ ms: number; contacts: number }> {
  const started = performance.now();
  const db = new FluenzrDatabase();
  await db.open();
  await db.groups.bulkPut(syntheticGroups());
  await db.fieldDefs.bulkPut(syntheticFieldDefs());
  // 100,000 contacts is a paid plan: the Free plan's limit would refuse captures.
  await db.kv.put({ key: 'settings', value: { ...DEFAULT_SETTINGS, plan: 'pro' } });
  for (const batch of syntheticBatches(count)) await db.contacts.bulkAdd(batch as Contact[]);
  const contacts = await db.contacts.count();
  db.close();
  return { ms: performance.now() - started, contacts };
}

function csvText(count: number): string {
  const rows: string[][] = [];
  for (const batch of syntheticBatches(count)) for (const contact of batch) rows.push(csvRecord(contact));
  return Papa.unparse({ fields: [...CSV_HEADER], data: rows });
}

/**
 * The floor an import is compared with: papaparse the CSV, map each record
 * to a contact row, Dexie bulkAdd in chunks, into an empty database with
 * the production schema. No validation, no merge, no history.
 */
async function baselineImport(count: number): Promise<{ ms: number; rows: number }> {
  const csv = csvText(count);
  await Dexie.delete(BASELINE_DB);
  const db = new FluenzrDatabase(BASELINE_DB);
  await db.open();
  const started = performance.now();
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  const now = Date.now();
  const CHUNK = 5000;
  for (let start = 0; start < parsed.data.length; start += CHUNK) {
    const rows = parsed.data.slice(start, start + CHUNK).map((record) => toRow(record, now));
    await db.contacts.bulkAdd(rows as Contact[]);
  }
  const ms = performance.now() - started;
  const rows = await db.contacts.count();
  db.close();
  await Dexie.delete(BASELINE_DB);
  return { ms, rows };
}

function toRow(record: Record<string, string>, now: number): NewContact {
  const row: NewContact = {
    email: record.Email!.toLowerCase(),
    firstName: record['First name'] || undefined,
    lastName: record['Last name'] || undefined,
    company: record.Company || undefined,
    title: record['Job title'] || undefined,
    phone: record.Phone || undefined,
    linkedinUrl: record.LinkedIn || undefined,
    customFields: { industry: record.Industry ?? null, employees: Number(record.Employees) },
    tags: record.Tags ? record.Tags.split(', ') : [],
    groupIds: [],
    stage: 'Lead',
    status: 'Active',
    archived: 0,
    source: { method: 'import', where: 'bench.csv', at: now },
    consent: { basis: 'legitimate_interest', at: now },
    editedFields: [],
    searchWords: [],
    createdAt: now,
    updatedAt: now,
    lastActivityAt: now,
  };
  row.searchWords = searchWordsOf(row);
  return row;
}

/** What the manager's table must show for a search: its count and first rows (the production query). */
async function searchExpectation(search: string, rows = 5): Promise<{ total: number; ids: number[] }> {
  const db = new FluenzrDatabase();
  const result = await queryContacts(db, { search }, DEFAULT_SORT);
  const ids = (await result.page(0, rows)).map((c) => c.id);
  const total = await result.total();
  db.close();
  return { total, ids };
}

/**
 * The manager's reads for a search alone, without the page around them: the
 * query and its first 50 rows, then the count and the first 100 rows at
 * once, as the table asks for them. Median of `runs` (each prefix in turn).
 */
async function searchReadTimes(
  prefixes: string[],
  runs: number,
  options: ReadOptions = {},
): Promise<Record<string, { first: number; total: number }>> {
  const db = new FluenzrDatabase();
  await db.open();
  const times: Record<string, { first: number[]; total: number[] }> = {};
  for (let run = 0; run < runs; run++) {
    for (const search of prefixes) {
      const started = performance.now();
      const result = await queryContacts(db, { search }, DEFAULT_SORT, options);
      await result.page(0, 50);
      const first = performance.now() - started;
      await Promise.all([result.total(), result.page(0, 100)]);
      const entry = (times[search] ??= { first: [], total: [] });
      entry.first.push(first);
      entry.total.push(performance.now() - started);
    }
  }
  db.close();
  const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, { first: middle(v.first), total: middle(v.total) }]));
}

/** The production segment count, timed `runs` times (the first one cold), and a full-scan check of its result. */
async function segmentCount(segment: Segment, runs: number): Promise<{ times: number[]; count: number; scanned: number }> {
  const db = new FluenzrDatabase();
  await db.open();
  const times: number[] = [];
  let count = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    count = await countSegment(db, segment);
    times.push(performance.now() - started);
  }
  // The same three conditions checked contact by contact, independently of lib/segments
  // (a segment counts archived contacts too unless a condition says otherwise).
  const [tag, status, group] = segment.children.map((c) => (c.type === 'condition' ? c.value : undefined));
  let scanned = 0;
  await db.contacts.each((c) => {
    if (c.tags.includes(tag as string) && c.status === status && c.groupIds.includes(group as number)) scanned++;
  });
  db.close();
  return { times, count, scanned };
}

/** Export every contact through lib/csv/export.ts (the export page's call), timed until the file (Blob) exists. */
async function exportAll(): Promise<{ ms: number; count: number; bytes: number; stored: number }> {
  const stored = await contactCount();
  const started = performance.now();
  const file = await exportContactsCsv({ all: true }, { includeArchived: true });
  const ms = performance.now() - started;
  return { ms, count: file.count, bytes: file.blob.size, stored };
}

/** An empty profile ready for an import of every row: a paid plan (the Free plan's limit would refuse most). */
async function preparePaidPlan(): Promise<number> {
  const db = new FluenzrDatabase();
  await db.open();
  await db.kv.put({ key: 'settings', value: { ...DEFAULT_SETTINGS, plan: 'pro' } });
  const contacts = await db.contacts.count();
  db.close();
  return contacts;
}

async function contactCount(): Promise<number> {
  const db = new FluenzrDatabase();
  const n = await db.contacts.count();
  db.close();
  return n;
}

/** Live contacts per stage, counted on the [archived+stage] index (the slow, certain way), in STAGES order. */
async function stageCounts(): Promise<number[]> {
  const db = new FluenzrDatabase();
  const counts = await Promise.all(STAGES.map((stage) => db.contacts.where('[archived+stage]').equals([0, stage]).count()));
  db.close();
  return counts;
}

/** The recount run after an update (counters and fact bitmaps), timed; and whether it found both as they were kept. */
async function recountCounters(): Promise<{ ms: number; same: boolean }> {
  const db = new FluenzrDatabase();
  const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
  // Fact rows in key order ([fact+high]); their containers as plain arrays, so that equal ones compare equal.
  const stored = async () => JSON.stringify([(await db.counters.toArray()).sort(byKey), (await db.facts.toArray()).map((row) => [row.fact, row.high, row.values.BYTES_PER_ELEMENT, [...row.values]])]);
  const kept = await stored();
  const started = performance.now();
  await repairCounters(db);
  const ms = performance.now() - started;
  const same = (await stored()) === kept;
  db.close();
  return { ms, same };
}

/**
 * The overdue count (what the toolbar badge reads) and the manager's first page of overdue contacts
 * (the "Overdue" filter through lib/contacts/query), timed run by run, the first cold; checked
 * against a contact-by-contact scan of live contacts whose next step is past due.
 */
async function overdue(runs: number, pageSize: number): Promise<{ countTimes: number[]; pageTimes: number[]; count: number; page: number; scanned: number; pageRight: boolean; steps: number }> {
  const db = new FluenzrDatabase();
  await db.open();
  const countTimes: number[] = [];
  const pageTimes: number[] = [];
  let count = 0;
  let rows: Contact[] = [];
  for (let run = 0; run < runs; run++) {
    let started = performance.now();
    count = await overdueCount(db, Date.now());
    countTimes.push(performance.now() - started);
    started = performance.now();
    rows = await (await queryContacts(db, { due: 'overdue' }, DEFAULT_SORT)).page(0, pageSize);
    pageTimes.push(performance.now() - started);
  }
  const now = Date.now();
  let scanned = 0;
  let steps = 0;
  await db.contacts.each((c) => {
    if (c.nextStep) steps++;
    if (c.nextStep && c.archived === 0 && c.nextStep.dueAt < now) scanned++;
  });
  // The page: overdue live contacts only, soonest due first, as the manager lists a due filter alone.
  const pageRight = rows.every((c, i) => c.archived === 0 && !!c.nextStep && c.nextStep.dueAt < now && (i === 0 || rows[i - 1]!.nextStep!.dueAt <= c.nextStep.dueAt));
  db.close();
  return { countTimes, pageTimes, count, page: rows.length, scanned, pageRight, steps };
}

(globalThis as unknown as { __fluenzrBench: unknown }).__fluenzrBench = {
  overdue,
  seed,
  baselineImport,
  csvText,
  searchExpectation,
  searchReadTimes,
  segmentCount,
  exportAll,
  preparePaidPlan,
  contactCount,
  stageCounts,
  recountCounters,
};
