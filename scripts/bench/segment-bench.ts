/**
 * The segment benchmark itself, run in Node (fake-indexeddb) or in Chromium
 * (real IndexedDB) by scripts/bench-segments.mjs. Deterministic data: the same
 * 100,000 contacts every run.
 */
import { FluenzrDatabase } from '../../lib/db/database';
import { STAGES, STATUSES, type Contact } from '../../lib/model';
import { countSegment, querySegment } from '../../lib/segments/query';
import type { Segment } from '../../lib/segments/schema';

/** mulberry32: a tiny seeded generator so every run builds the same base. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAGS = Array.from({ length: 40 }, (_, i) => (i === 0 ? 'salon-2025' : `tag-${i}`));
const COMPANIES = ['Acme', 'Beta Industries', 'Gamma SA', 'Delta', 'Epsilon Group', 'Acme Robotics', 'Zeta', 'Eta Conseil'];

export function makeContact(i: number, next: () => number): Omit<Contact, 'id'> {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const tags = new Set<string>();
  if (next() < 0.1) tags.add('salon-2025');
  while (next() < 0.5) tags.add(pick(TAGS));
  const groupIds = new Set<number>([1 + Math.floor(next() * 20)]);
  if (next() < 0.3) groupIds.add(1 + Math.floor(next() * 20));
  const at = 1_700_000_000_000 + i * 60_000;
  return {
    email: `contact${i}@example${i % 500}.com`,
    firstName: `First${i}`,
    lastName: `Last${i}`,
    company: pick(COMPANIES),
    title: pick(['CEO', 'CTO', 'Head of Sales', 'Buyer']),
    customFields: next() < 0.6 ? { budget: Math.floor(next() * 10_000), vip: next() < 0.2 } : {},
    tags: [...tags],
    groupIds: [...groupIds],
    stage: pick(STAGES),
    status: next() < 0.6 ? 'Active' : pick(STATUSES),
    archived: next() < 0.1 ? 1 : 0,
    source: { method: 'import', where: 'bench.csv', at },
    consent: { basis: 'legitimate_interest', at },
    editedFields: [],
    searchWords: [],
    createdAt: at,
    updatedAt: at,
    lastActivityAt: at,
  };
}

const condition = (field: string, op: string, value?: unknown) => ({ type: 'condition', field, op, value }) as Segment['children'][number];

export const BENCH_SEGMENTS: Record<string, Segment> = {
  'tag AND group AND status (the target)': {
    type: 'group',
    match: 'all',
    children: [condition('tag', 'equals', 'salon-2025'), condition('group', 'equals', 3), condition('status', 'equals', 'Active')],
  },
  'tag AND (group OR stage) AND not archived': {
    type: 'group',
    match: 'all',
    children: [
      condition('tag', 'equals', 'salon-2025'),
      { type: 'group', match: 'any', children: [condition('group', 'equals', 3), condition('stage', 'equals', 'Won')] },
      condition('archived', 'equals', false),
    ],
  },
  'stage AND company contains AND budget > 5000 (index + scan)': {
    type: 'group',
    match: 'all',
    children: [condition('stage', 'equals', 'Won'), condition('company', 'contains', 'acme'), condition('custom:budget', 'gt', 5000)],
  },
  'company contains AND budget > 5000 AND title (full scan)': {
    type: 'group',
    match: 'all',
    children: [condition('company', 'contains', 'acme'), condition('custom:budget', 'gt', 5000), condition('title', 'equals', 'CEO')],
  },
};

export interface BenchLine {
  name: string;
  count: number;
  countMs: number[];
  firstPageMs: number;
}

export async function fill(db: FluenzrDatabase, total: number, log: (line: string) => void): Promise<number> {
  const started = performance.now();
  const next = random(2025);
  const batch = 5000;
  for (let start = 0; start < total; start += batch) {
    const rows = Array.from({ length: Math.min(batch, total - start) }, (_, k) => makeContact(start + k, next));
    await db.contacts.bulkAdd(rows as Contact[]);
    if ((start / batch) % 4 === 3) log(`  filled ${start + rows.length}`);
  }
  return performance.now() - started;
}

export async function measure(db: FluenzrDatabase, runs = 5): Promise<BenchLine[]> {
  const lines: BenchLine[] = [];
  for (const [name, segment] of Object.entries(BENCH_SEGMENTS)) {
    const countMs: number[] = [];
    let count = 0;
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      count = await countSegment(db, segment);
      countMs.push(performance.now() - started);
    }
    const started = performance.now();
    await querySegment(db, segment, { limit: 50 });
    lines.push({ name, count, countMs, firstPageMs: performance.now() - started });
  }
  return lines;
}

/** What the building blocks cost on this base: index counts, key reads, contact reads. */
export async function blocks(db: FluenzrDatabase): Promise<string> {
  const time = async (label: string, work: () => Promise<unknown>) => {
    const started = performance.now();
    const result = await work();
    const size = Array.isArray(result) ? result.length : result;
    return `    ${label}: ${(performance.now() - started).toFixed(1)} ms (${String(size)})`;
  };
  const ids = (await db.contacts.where('groupIds').equals(3).primaryKeys()).slice(0, 650) as number[];
  return [
    '  building blocks:',
    await time('count status=Active', () => db.contacts.where('status').equals('Active').count()),
    await time('count tags=salon-2025', () => db.contacts.where('tags').equals('salon-2025').count()),
    await time('keys tags=salon-2025', () => db.contacts.where('tags').equals('salon-2025').primaryKeys()),
    await time('keys groupIds=3', () => db.contacts.where('groupIds').equals(3).primaryKeys()),
    await time('keys status=Active', () => db.contacts.where('status').equals('Active').primaryKeys()),
    await time('bulkGet 650 contacts', () => db.contacts.bulkGet(ids)),
    await time('read 1000 contacts by id range', () => db.contacts.where(':id').above(5000).limit(1000).toArray()),
  ].join('\n');
}

export function report(lines: BenchLine[]): string {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return lines
    .map((l) => `  ${l.name}\n    ${l.count} contacts · count median ${median(l.countMs).toFixed(1)} ms (runs: ${l.countMs.map((v) => v.toFixed(0)).join(', ')}) · first page of 50: ${l.firstPageMs.toFixed(1)} ms`)
    .join('\n');
}
