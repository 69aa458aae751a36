import { sizeOf } from '../db/bitmaps';
import type { FluenzrDatabase } from '../db/database';
import type { Contact } from '../model';
import { factSet, factTreeOf } from './facts';
import { matchesSegment } from './match';
import { planSegment } from './plan';
import { countedSize, resolve, type ResolveMemo } from './resolve';
import type { Segment } from './schema';

/** Contacts read per IndexedDB request while streaming. */
export const CHUNK = 1000;

/** A segment ready to be read: its candidate ids (ascending), or null for "every contact". */
export interface PreparedSegment {
  segment: Segment;
  ids: number[] | null;
  /** The candidates are exactly the matches (no contact needs checking to count). */
  exact: boolean;
  /** Contacts per read (tests use tiny chunks to cross chunk edges). */
  chunk: number;
}

/**
 * Resolve the index part of a segment. Only primary keys are held in memory;
 * contacts themselves are read later, a chunk at a time.
 */
export async function prepareSegment(db: FluenzrDatabase, segment: Segment, chunk = CHUNK, memo?: ResolveMemo): Promise<PreparedSegment> {
  const plan = planSegment(segment);
  if (!plan.candidate) return { segment, ids: null, exact: plan.exact, chunk };
  const { ids, complete } = await resolve(db, plan.candidate, memo);
  return { segment, ids: [...ids].sort((a, b) => a - b), exact: plan.exact && complete, chunk };
}

/**
 * Count a segment's contacts: the counters when one counted index answers,
 * the fact bitmaps when its facts do (tags, groups, statuses, stages, live or
 * archived, ANDed and ORed: a popcount, no key read), index keys when exact,
 * else a chunked check of the candidates.
 */
export async function countSegment(db: FluenzrDatabase, segment: Segment, chunk = CHUNK, memo?: ResolveMemo): Promise<number> {
  const plan = planSegment(segment);
  const counted = plan.exact ? countedSize(db, plan.candidate) : undefined;
  if (counted) return counted;
  const facts = plan.exact && plan.candidate ? factTreeOf(plan.candidate) : undefined;
  if (facts) return sizeOf(await factSet(db, facts));
  const prepared = await prepareSegment(db, segment, chunk, memo);
  return prepared.exact && prepared.ids ? prepared.ids.length : (await checkCandidates(db, prepared)).size;
}

/**
 * The ids of a segment's contacts (keys only are kept), for views that
 * intersect id sets or select every match.
 */
export async function matchingIds(db: FluenzrDatabase, segment: Segment, chunk = CHUNK): Promise<Set<number>> {
  const prepared = await prepareSegment(db, segment, chunk);
  if (prepared.exact) return new Set(prepared.ids ?? ((await db.contacts.toCollection().primaryKeys()) as number[]));
  return checkCandidates(db, prepared);
}

/** The candidates that really match, read and checked a chunk at a time (only their ids are kept). */
export async function checkCandidates(db: FluenzrDatabase, prepared: PreparedSegment): Promise<Set<number>> {
  const ids = new Set<number>();
  let after = 0;
  for (;;) {
    const page = await readChunk(db, prepared, after);
    for (const contact of page.contacts) if (matchesSegment(contact, prepared.segment)) ids.add(contact.id);
    if (page.next === null) return ids;
    after = page.next;
  }
}

/** One chunk of candidates after `after` (not yet checked against the segment). */
async function readChunk(db: FluenzrDatabase, prepared: PreparedSegment, after: number): Promise<{ contacts: Contact[]; next: number | null }> {
  const { chunk } = prepared;
  if (prepared.ids === null) {
    const contacts = await db.contacts.where(':id').above(after).limit(chunk).toArray();
    return { contacts, next: contacts.length < chunk ? null : contacts[contacts.length - 1]!.id };
  }
  const start = firstAbove(prepared.ids, after);
  const ids = prepared.ids.slice(start, start + chunk);
  const contacts = (await db.contacts.bulkGet(ids)).filter((c): c is Contact => c !== undefined);
  return { contacts, next: start + chunk >= prepared.ids.length ? null : ids[ids.length - 1]! };
}

function firstAbove(sorted: number[], after: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! <= after) low = mid + 1;
    else high = mid;
  }
  return low;
}

export interface Page {
  contacts: Contact[];
  /** Pass as `afterId` to read the next page; null when this was the last one. */
  nextAfterId: number | null;
}

/**
 * Up to `size` matching contacts with an id above `afterId`, in id order.
 * Keyset paging: each page is independent, so a long export never holds a
 * transaction open, and contacts added meanwhile with higher ids still come.
 */
export async function readSegmentPage(db: FluenzrDatabase, prepared: PreparedSegment, afterId: number, size: number): Promise<Page> {
  if (size <= 0) return { contacts: [], nextAfterId: afterId };
  const found: Contact[] = [];
  let after = afterId;
  for (;;) {
    const chunk = await readChunk(db, prepared, after);
    for (const contact of chunk.contacts) {
      // Re-checked even when exact: the contact may have changed since the ids were read.
      if (!matchesSegment(contact, prepared.segment)) continue;
      found.push(contact);
      if (found.length === size) return { contacts: found, nextAfterId: contact.id };
    }
    if (chunk.next === null) return { contacts: found, nextAfterId: null };
    after = chunk.next;
  }
}

/** A page of a segment's contacts in id order; `offset` skips matches (prefer `afterId` for deep pages). */
export async function querySegment(
  db: FluenzrDatabase,
  segment: Segment,
  options: { limit: number; offset?: number; afterId?: number; chunk?: number },
): Promise<Contact[]> {
  if (options.limit <= 0) return [];
  const prepared = await prepareSegment(db, segment, options.chunk);
  let skip = options.offset ?? 0;
  let after = options.afterId ?? 0;
  while (skip > 0) {
    const skipped = await readSegmentPage(db, prepared, after, Math.min(skip, prepared.chunk));
    if (skipped.nextAfterId === null) return [];
    skip -= skipped.contacts.length;
    after = skipped.nextAfterId;
  }
  return (await readSegmentPage(db, prepared, after, options.limit)).contacts;
}

/**
 * Every contact of a segment, a page at a time, for an exporter:
 * `for await (const page of segmentPages(db, segment)) write(page)`.
 */
export async function* segmentPages(db: FluenzrDatabase, segment: Segment, pageSize = 500): AsyncGenerator<Contact[]> {
  const prepared = await prepareSegment(db, segment);
  let after = 0;
  for (;;) {
    const page = await readSegmentPage(db, prepared, after, pageSize);
    if (page.contacts.length) yield page.contacts;
    if (page.nextAfterId === null) return;
    after = page.nextAfterId;
  }
}
