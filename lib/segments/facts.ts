import Dexie from 'dexie';
import { intersectSets, unionSets, type IdSet } from '../db/bitmaps';
import { countersOfIndexKey } from '../contacts/counts';
import { counterKey, FACT_PREFIX_LENGTH } from '../db/counters';
import type { FluenzrDatabase } from '../db/database';
import type { Candidate, WordPart } from './plan';

/**
 * Candidates answered by the fact bitmaps (lib/db/facts.ts) instead of index
 * keys: an AND/OR of a few containers per 65,536 contacts, whatever the
 * number of contacts they hold, where an index read costs a key per contact.
 */

/** The indexes whose keys are facts with bitmaps (the enumerated counters: countersOfIndexKey). */
const FACT_INDEXES = new Set(['tags', 'groupIds', 'status', 'stage', 'archived', '[archived+status]', '[archived+stage]']);

/** A candidate in facts: a leaf is every contact having one of its facts ("status X" is X live or archived). */
export type FactTree = { facts: string[] } | { op: 'and' | 'or'; parts: FactTree[] };

/** Contacts, live or archived, with a search word starting with a counted prefix (as its facts are kept per flag). */
const prefixFacts = (prefix: string): FactTree => ({ facts: [counterKey.prefix(prefix, 0), counterKey.prefix(prefix, 1)] });

const isWordPrefix = (candidate: Candidate): candidate is WordPart =>
  candidate.kind === 'prefix' && candidate.index === 'searchWords';

/**
 * The candidate as facts, when it is made only of keys on fact-backed
 * indexes and two-letter search prefixes, ANDed and ORed; else undefined.
 */
export function factTreeOf(candidate: Candidate): FactTree | undefined {
  return treeOf(candidate, false);
}

/**
 * A superset of the candidate in facts: a longer search word is within its
 * first two letters' prefix ("elodie" among the "el"), and an AND keeps the
 * parts that have facts. Undefined when no fact narrows it (an OR with a
 * part that has none, an email, a date range alone).
 */
export function factSupersetOf(candidate: Candidate): FactTree | undefined {
  return treeOf(candidate, true);
}

/**
 * The search words whose index keys make the facts' superset exact: every
 * part of the candidate the facts do not answer exactly is such a word
 * (longer than two letters, or the start of an email). Undefined when another
 * part has no facts (a one-letter word, a date range, an OR).
 */
export function wordsBeyondFacts(candidate: Candidate): WordPart[] | undefined {
  const parts = candidate.kind === 'and' ? candidate.parts : [candidate];
  const words: WordPart[] = [];
  for (const part of parts) {
    if (factTreeOf(part)) continue;
    const keyed = part.kind === 'prefix' && (part.index === 'email' || part.prefix.length > FACT_PREFIX_LENGTH);
    if (!keyed) return undefined;
    words.push(part);
  }
  return words.length ? words : undefined;
}

function treeOf(candidate: Candidate, superset: boolean): FactTree | undefined {
  switch (candidate.kind) {
    case 'prefix': {
      // Only two-letter prefixes are facts: a one-letter word has none, a longer one is within its first two letters'.
      const length = isWordPrefix(candidate) ? candidate.prefix.length : 0;
      if (length < FACT_PREFIX_LENGTH || (!superset && length > FACT_PREFIX_LENGTH)) return undefined;
      return prefixFacts(candidate.prefix.slice(0, FACT_PREFIX_LENGTH));
    }
    case 'keys': {
      if (!FACT_INDEXES.has(candidate.index)) return undefined;
      const facts: string[] = [];
      for (const key of candidate.keys) {
        const covered = countersOfIndexKey(candidate.index, key);
        if (!covered) return undefined;
        facts.push(...covered);
      }
      return { facts };
    }
    case 'and':
    case 'or': {
      // An AND of nothing would be everyone: the planner never builds one, and it is left to the index path.
      if (!candidate.parts.length) return undefined;
      const parts: FactTree[] = [];
      for (const part of candidate.parts) {
        const tree = treeOf(part, superset);
        if (tree) parts.push(tree);
        // A part without facts: the AND's superset is that of its other parts; anything else has none.
        else if (!superset || candidate.kind === 'or') return undefined;
      }
      if (!parts.length) return undefined;
      return parts.length === 1 ? parts[0] : { op: candidate.kind, parts };
    }
    default:
      return undefined;
  }
}

function factsIn(tree: FactTree, into = new Set<string>()): Set<string> {
  if ('facts' in tree) for (const fact of tree.facts) into.add(fact);
  else for (const part of tree.parts) factsIn(part, into);
  return into;
}

function evaluate(tree: FactTree, sets: Map<string, IdSet>): IdSet {
  if ('facts' in tree) return unionSets(tree.facts.map((fact) => sets.get(fact)!));
  const parts = tree.parts.map((part) => evaluate(part, sets));
  return tree.op === 'and' ? intersectSets(parts) : unionSets(parts);
}

/**
 * The contacts a fact tree holds: each fact's containers in one range read,
 * all read together (one await, a Dexie read: a live query sees the facts
 * table and re-runs when a write changes a container), then combined per 65,536 ids.
 */
export async function factSet(db: FluenzrDatabase, tree: FactTree): Promise<IdSet> {
  const facts = [...factsIn(tree)];
  const rows = await Promise.all(facts.map((fact) => db.facts.where('[fact+high]').between([fact, Dexie.minKey], [fact, Dexie.maxKey]).toArray()));
  const sets = new Map(facts.map((fact, i) => [fact, new Map(rows[i]!.map((row) => [row.high, row.values]))]));
  return evaluate(tree, sets);
}
