import { countByArchived, countIndexKeys } from '../contacts/counts';
import type { FluenzrDatabase } from '../db/database';
import type { Contact } from '../model';
import { matchesSegment } from './match';
import { planSegment, type Candidate } from './plan';
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
export async function prepareSegment(db: FluenzrDatabase, segment: Segment, chunk = CHUNK): Promise<PreparedSegment> {
  const plan = planSegment(segment);
  if (!plan.candidate) return { segment, ids: null, exact: plan.exact, chunk };
  const { ids, complete } = await resolve(db, plan.candidate);
  return { segment, ids: [...ids].sort((a, b) => a - b), exact: plan.exact && complete, chunk };
}

/**
 * Reading more keys than this many times the contacts already narrowed down
 * costs more than checking those contacts one by one.
 */
const NARROW_FACTOR = 8;

interface Resolved {
  ids: Set<number>;
  /** False when a part of an AND was skipped: a superset, to be checked contact by contact. */
  complete: boolean;
}

async function resolve(db: FluenzrDatabase, candidate: Candidate): Promise<Resolved> {
  switch (candidate.kind) {
    case 'keys': {
      // One range read per key (getAllKeys) beats a cursor hopping between keys.
      const lists = await Promise.all(candidate.keys.map((key) => db.contacts.where(candidate.index).equals(key).primaryKeys()));
      return { ids: new Set(lists.flat() as number[]), complete: true };
    }
    case 'range': {
      const keys = await db.contacts
        .where(candidate.index)
        .between(candidate.lower, candidate.upper, !candidate.lowerOpen, !candidate.upperOpen)
        .primaryKeys();
      return { ids: new Set(keys as number[]), complete: true };
    }
    case 'or': {
      const union = new Set<number>();
      let complete = true;
      for (const part of candidate.parts) {
        const resolved = await resolve(db, part);
        complete &&= resolved.complete;
        for (const id of resolved.ids) union.add(id);
      }
      return { ids: union, complete };
    }
    case 'and': {
      // Smallest first, so each intersection only shrinks what is kept.
      const sized = await sizeParts(db, candidate.parts);
      sized.sort((a, b) => a.size - b.size);
      const smallest = sized[0]?.size ?? 0;
      // Parts close in size to the smallest are read together (separate read-only transactions run in parallel)…
      const together = sized.filter(({ size }, index) => index === 0 || size <= NARROW_FACTOR * smallest);
      const first = await Promise.all(together.map(({ part }) => resolve(db, part)));
      let complete = first.every((r) => r.complete);
      let result = intersect(first.map((r) => r.ids));
      // …the others only while reading their keys is cheaper than checking the contacts kept so far.
      for (const { part, size } of sized.slice(together.length)) {
        if (result.size === 0) break;
        if (size > NARROW_FACTOR * result.size) {
          complete = false;
          break;
        }
        const resolved = await resolve(db, part);
        complete &&= resolved.complete;
        result = intersect([result, resolved.ids]);
      }
      return { ids: result, complete };
    }
  }
}

/** Intersection of id sets, walking the smallest. */
function intersect(sets: Array<Set<number>>): Set<number> {
  const [smallest, ...others] = [...sets].sort((a, b) => a.size - b.size);
  if (!smallest) return new Set();
  return new Set([...smallest].filter((id) => others.every((set) => set.has(id))));
}

/** Keys read to size each part of an AND before anything is known. */
const FIRST_LOOK = 256;

/**
 * The parts of an AND with their sizes, each exact or, when larger than
 * NARROW_FACTOR times the smallest, only known to be that large (the
 * decisions above need nothing more). Sizes come from key reads bounded by
 * that limit: counting a large index (80,000 "Active" keys) walks all of
 * it and cost more than the rest of the count.
 */
async function sizeParts(db: FluenzrDatabase, parts: Candidate[]): Promise<Array<{ part: Candidate; size: number }>> {
  let cap = FIRST_LOOK;
  const sized = await Promise.all(parts.map(async (part) => ({ part, size: await estimate(db, part, cap) })));
  while (sized.length) {
    const smallest = Math.min(...sized.map((s) => s.size));
    if (cap > NARROW_FACTOR * smallest) break;
    // Only the parts that reached the previous bound are read again, further.
    const capped = sized.filter((s) => s.size >= cap);
    cap = NARROW_FACTOR * smallest + 1;
    await Promise.all(capped.map(async (s) => (s.size = await estimate(db, s.part, cap))));
  }
  return sized;
}

/** How many keys a range holds, reading at most `cap` of them (a full index count when unbounded). */
async function sizeOf(collection: ReturnType<FluenzrDatabase['contacts']['toCollection']>, cap: number): Promise<number> {
  return cap === Infinity ? collection.count() : (await collection.limit(cap).primaryKeys()).length;
}

/** An upper bound of a candidate's size from the indexes, or `cap` when it is at least that large. */
async function estimate(db: FluenzrDatabase, candidate: Candidate, cap = Infinity): Promise<number> {
  switch (candidate.kind) {
    case 'keys': {
      // Tags, groups, stages, statuses and the archived flag are counted as they are written: no index read.
      const counted = await countIndexKeys(db, candidate.index, candidate.keys);
      if (counted !== undefined) return Math.min(cap, counted);
      const counts = await Promise.all(candidate.keys.map((key) => sizeOf(db.contacts.where(candidate.index).equals(key), cap)));
      return Math.min(cap, counts.reduce((a, b) => a + b, 0));
    }
    case 'range':
      return sizeOf(db.contacts.where(candidate.index).between(candidate.lower, candidate.upper, !candidate.lowerOpen, !candidate.upperOpen), cap);
    case 'or':
      return Math.min(cap, (await Promise.all(candidate.parts.map((part) => estimate(db, part, cap)))).reduce((a, b) => a + b, 0));
    case 'and':
      return Math.min(...(await Promise.all(candidate.parts.map((part) => estimate(db, part, cap)))));
  }
}

/** Count a segment's contacts: index counts when exact, else a chunked scan of the candidates. */
export async function countSegment(db: FluenzrDatabase, segment: Segment, chunk = CHUNK): Promise<number> {
  const prepared = await prepareSegment(db, segment, chunk);
  if (prepared.exact) return prepared.ids ? prepared.ids.length : countByArchived(db, 'all');
  let count = 0;
  let after = 0;
  for (;;) {
    const page = await readChunk(db, prepared, after);
    count += page.contacts.filter((contact) => matchesSegment(contact, segment)).length;
    if (page.next === null) return count;
    after = page.next;
  }
}

/**
 * The ids of a segment's contacts (keys only are kept), for views that
 * intersect id sets: the manager's table and the pipeline board.
 */
export async function matchingIds(db: FluenzrDatabase, segment: Segment, chunk = CHUNK): Promise<Set<number>> {
  const prepared = await prepareSegment(db, segment, chunk);
  if (prepared.exact) return new Set(prepared.ids ?? ((await db.contacts.toCollection().primaryKeys()) as number[]));
  const ids = new Set<number>();
  let after = 0;
  for (;;) {
    const page = await readChunk(db, prepared, after);
    for (const contact of page.contacts) if (matchesSegment(contact, segment)) ids.add(contact.id);
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
