import { countByArchived, countByPrefix, countIndexKeys, countIndexKeysNow } from '../contacts/counts';
import { contains, ids as idsOf, sizeOf as setSize, type IdSet } from '../db/bitmaps';
import { COUNTED_PREFIX_LENGTH } from '../db/counters';
import type { FluenzrDatabase } from '../db/database';
import { factSet, factTreeOf, type FactTree } from './facts';
import type { Candidate, WordPart } from './plan';

/**
 * A plan's candidates read from the fact bitmaps and the indexes, as primary
 * keys only (no contact is loaded). The one place where those reads are
 * chosen and intersected, for every view: segments, the manager's table, the board.
 */
export interface Resolved {
  ids: Set<number>;
  /** False when a part of an AND was skipped: a superset, to be checked contact by contact. */
  complete: boolean;
}

/**
 * Resolutions shared by the queries of one view (the board's six columns
 * share their filter's keys). Values are never mutated.
 */
export type ResolveMemo = Map<string, Promise<Resolved>>;

/**
 * Reading more keys than this many times the contacts already narrowed down
 * costs more than checking those contacts one by one.
 */
export const NARROW_FACTOR = 8;

type Collection = ReturnType<FluenzrDatabase['contacts']['toCollection']>;

function collectionOf(db: FluenzrDatabase, candidate: Extract<Candidate, { kind: 'range' | 'prefix' }>): Collection {
  if (candidate.kind === 'prefix') return db.contacts.where(candidate.index).startsWith(candidate.prefix);
  return db.contacts.where(candidate.index).between(candidate.lower, candidate.upper, !candidate.lowerOpen, !candidate.upperOpen);
}

export function resolve(db: FluenzrDatabase, candidate: Candidate, memo?: ResolveMemo): Promise<Resolved> {
  if (!memo) return resolveNow(db, candidate);
  const key = JSON.stringify(candidate);
  let found = memo.get(key);
  if (!found) memo.set(key, (found = resolveNow(db, candidate, memo)));
  return found;
}

async function resolveNow(db: FluenzrDatabase, candidate: Candidate, memo?: ResolveMemo): Promise<Resolved> {
  // Facts only (tags, groups, statuses, stages, the archived flag, ANDed and ORed): their bitmaps, one range
  // read per fact returning a row per 65,536 ids, where the index returns a key per contact (20 µs each).
  const facts = factTreeOf(candidate);
  if (facts) return { ids: new Set(idsOf(await factSet(db, facts))), complete: true };
  switch (candidate.kind) {
    case 'keys': {
      // One range read per key (getAllKeys) beats a cursor hopping between keys.
      const lists = await Promise.all(candidate.keys.map((key) => db.contacts.where(candidate.index).equals(key).primaryKeys()));
      return { ids: new Set(lists.flat() as number[]), complete: true };
    }
    case 'range':
    case 'prefix':
      // A multi-entry index lists a contact once per matching word: the set keeps it once.
      return { ids: new Set((await collectionOf(db, candidate).primaryKeys()) as number[]), complete: true };
    case 'or': {
      // Read together: one await over every part's reads (an await that reads nothing would lose a live query's tracking).
      const parts = await Promise.all(candidate.parts.map((part) => resolve(db, part, memo)));
      const union = new Set<number>();
      for (const part of parts) for (const id of part.ids) union.add(id);
      return { ids: union, complete: parts.every((part) => part.complete) };
    }
    case 'and':
      return resolveAnd(db, candidate.parts, memo);
  }
}

const isArchivedPart = (part: Candidate): part is Extract<Candidate, { kind: 'keys' }> => part.kind === 'keys' && part.index === 'archived';

async function resolveAnd(db: FluenzrDatabase, parts: Candidate[], memo?: ResolveMemo): Promise<Resolved> {
  // The parts the bitmaps answer are ANDed there first: exact, and as cheap for "live only", which holds
  // nearly every contact, as for a rare tag. The other parts' indexes are then read as that set allows.
  const trees = parts.map(factTreeOf);
  const facts = trees.filter((tree): tree is FactTree => !!tree);
  const others = parts.filter((_, i) => !trees[i]);
  if (!facts.length) return intersectParts(db, others, memo);
  const known = await factSet(db, facts.length === 1 ? facts[0]! : { op: 'and', parts: facts });
  return intersectParts(db, others, memo, known);
}

/** The ids of `known` among `ids`: a bit test each, no read. */
const within = (ids: Set<number>, known: IdSet) => new Set([...ids].filter((id) => contains(known, id)));

/** The intersection of the parts (and of `known`, the contacts of the parts the bitmaps answered). */
async function intersectParts(db: FluenzrDatabase, parts: Candidate[], memo?: ResolveMemo, known?: IdSet): Promise<Resolved> {
  const bound = known ? setSize(known) : Infinity;
  if (bound === 0 || !parts.length) return { ids: new Set(known ? idsOf(known) : []), complete: true };
  // One part: nothing to order.
  if (parts.length === 1 && !known) return resolve(db, parts[0]!, memo);
  // Smallest first, so each intersection only shrinks what is kept.
  const sized = await sizeParts(db, parts, bound);
  sized.sort((a, b) => a.size - b.size);
  const smallest = Math.min(bound, sized[0]!.size);
  // Parts close in size to the smallest are read together (separate read-only transactions run in parallel)…
  const together = sized.filter(({ size }, index) => (index === 0 && !known) || size <= NARROW_FACTOR * smallest);
  // …and when every part is far larger than the known contacts, those are the candidates, checked one by one.
  if (!together.length) return { ids: new Set(idsOf(known!)), complete: false };
  const first = await Promise.all(together.map(({ part }) => resolve(db, part, memo)));
  let complete = first.every((r) => r.complete);
  let result = intersect(first.map((r) => r.ids));
  if (known) result = within(result, known);
  // …the others only while reading their keys is cheaper than checking the contacts kept so far.
  for (const { part, size } of sized.slice(together.length)) {
    if (result.size === 0) break;
    if (size > NARROW_FACTOR * result.size) {
      complete = false;
      break;
    }
    const resolved = await resolve(db, part, memo);
    complete &&= resolved.complete;
    result = intersect([result, resolved.ids]);
  }
  return { ids: result, complete };
}

/** Intersection of id sets, walking the smallest (a single set is returned as is: never mutated). */
function intersect(sets: Array<Set<number>>): Set<number> {
  const [smallest, ...others] = [...sets].sort((a, b) => a.size - b.size);
  if (!smallest) return new Set();
  if (!others.length) return smallest;
  return new Set([...smallest].filter((id) => others.every((set) => set.has(id))));
}

/** Keys read to size each part of an AND before anything is known. */
const FIRST_LOOK = 256;

/**
 * The parts of an AND with their sizes, each exact or, when larger than
 * NARROW_FACTOR times the smallest (`known`, the size of a set already
 * read, included), only known to be that large (the
 * decisions above need nothing more). Sizes come from the counters or from
 * key reads bounded by that limit: counting a large index (80,000 "Active"
 * keys) walks all of it and cost more than the rest of the count.
 */
async function sizeParts(db: FluenzrDatabase, parts: Candidate[], known = Infinity): Promise<Array<{ part: Candidate; size: number }>> {
  let cap = FIRST_LOOK;
  const sized = await Promise.all(parts.map(async (part) => ({ part, size: await estimate(db, part, cap) })));
  while (sized.length) {
    const smallest = Math.min(known, ...sized.map((s) => s.size));
    if (cap > NARROW_FACTOR * smallest) break;
    // Only the parts that reached the previous bound are read again, further.
    const capped = sized.filter((s) => s.size >= cap);
    cap = NARROW_FACTOR * smallest + 1;
    await Promise.all(capped.map(async (s) => (s.size = await estimate(db, s.part, cap))));
  }
  return sized;
}

/** How many keys a range holds, reading at most `cap` of them (a full index count when unbounded). */
async function sizeOf(collection: Collection, cap: number): Promise<number> {
  return cap === Infinity ? collection.count() : (await collection.limit(cap).primaryKeys()).length;
}

/** An upper bound of a candidate's size from the counters or the indexes, or `cap` when it is at least that large. */
export async function estimate(db: FluenzrDatabase, candidate: Candidate, cap = Infinity): Promise<number> {
  switch (candidate.kind) {
    case 'keys': {
      // Tags, groups, stages, statuses and the archived flag are counted as they are written: no index read.
      const counted = await countIndexKeys(db, candidate.index, candidate.keys);
      if (counted !== undefined) return Math.min(cap, counted);
      const counts = await Promise.all(candidate.keys.map((key) => sizeOf(db.contacts.where(candidate.index).equals(key), cap)));
      return Math.min(cap, counts.reduce((a, b) => a + b, 0));
    }
    case 'prefix': {
      // Short prefixes (the broad ones) of the indexed words are counted too; emails are not.
      const counted = candidate.index === 'searchWords' ? await countByPrefix(db, candidate.prefix, 'all') : undefined;
      return Math.min(cap, counted ?? (await sizeOf(collectionOf(db, candidate), cap)));
    }
    case 'range':
      return sizeOf(collectionOf(db, candidate), cap);
    case 'or':
      return Math.min(cap, (await Promise.all(candidate.parts.map((part) => estimate(db, part, cap)))).reduce((a, b) => a + b, 0));
    case 'and':
      return Math.min(...(await Promise.all(candidate.parts.map((part) => estimate(db, part, cap)))));
  }
}

/**
 * A plan's exact count from the counters alone, when one counted index
 * entry answers it (a stage, a status, one tag, live or archived); else
 * undefined, at once and without a read (see countIndexKeysNow). Several keys
 * of a multi-entry index would count a contact twice.
 */
export function countedSize(db: FluenzrDatabase, candidate: Candidate | null): Promise<number> | undefined {
  if (!candidate) return countByArchived(db, 'all');
  // Prefixes of the indexed words are counted, not those of whole emails (a query word with an "@").
  const prefixCount = (part: WordPart, archived: 0 | 1 | 'all') =>
    part.index === 'searchWords' && part.prefix.length <= COUNTED_PREFIX_LENGTH ? countByPrefix(db, part.prefix, archived).then((n) => n ?? 0) : undefined;
  if (candidate.kind === 'prefix') return prefixCount(candidate, 'all');
  if (candidate.kind === 'and' && candidate.parts.length === 2) {
    // A counted prefix within live or archived contacts (the manager's quick search).
    const prefix = candidate.parts.find((part) => part.kind === 'prefix');
    const scope = candidate.parts.find(isArchivedPart);
    if (prefix?.kind === 'prefix' && scope?.keys.length === 1 && (scope.keys[0] === 0 || scope.keys[0] === 1)) return prefixCount(prefix, scope.keys[0]);
  }
  if (candidate.kind !== 'keys') return undefined;
  const multiEntry = candidate.index === 'tags' || candidate.index === 'groupIds';
  if (multiEntry && new Set(candidate.keys).size > 1) return undefined;
  return countIndexKeysNow(db, candidate.index, multiEntry ? [...new Set(candidate.keys)] : candidate.keys);
}
