import { highOf, isBitmapId, lowOf, setOf, update, type Container } from './bitmaps';
import { factKeys, type Countable } from './counters';

/**
 * The ids of the contacts having each enumerated fact (`factKeys`: archived
 * flag, stage and status per flag, tag, group) as bitmaps, so a segment count
 * over several facts is an AND/OR of a few containers and a popcount instead
 * of reading a key per contact (20 µs each in Chromium). Kept in the `facts`
 * table by counters-middleware.ts in the same transaction as every contact
 * write, like the counters.
 */
export const FACTS = 'facts';

/**
 * One container of one fact: the ids `high * 65536 + low` for each low value
 * it holds. Keyed [fact+high], so a fact's containers are one range read and
 * a tag holding "|" or ":" cannot run into another fact's key.
 */
export interface FactRow {
  fact: string;
  high: number;
  values: Container;
}

export type FactKey = [fact: string, high: number];

/** One contact before and after a write (undefined: absent). */
export interface Change {
  id: unknown;
  before: Countable | undefined;
  after: Countable | undefined;
}

/** The values a write adds to and removes from one container. */
export interface FactEdit {
  fact: string;
  high: number;
  add: number[];
  remove: number[];
}

/**
 * What a write changes, one edit per container touched (so a bulk write of
 * 1,000 contacts reads and writes each container once). Ids a bitmap cannot
 * hold (not a 32-bit unsigned integer, never an auto-increment key) are left out.
 */
export function factEdits(changes: Iterable<Change>): FactEdit[] {
  const byFact = new Map<string, Map<number, FactEdit>>();
  const editOf = (fact: string, high: number): FactEdit => {
    let highs = byFact.get(fact);
    if (!highs) byFact.set(fact, (highs = new Map()));
    let edit = highs.get(high);
    if (!edit) highs.set(high, (edit = { fact, high, add: [], remove: [] }));
    return edit;
  };
  for (const { id, before, after } of changes) {
    if (!isBitmapId(id)) continue;
    const was = new Set(before ? factKeys(before) : []);
    const now = new Set(after ? factKeys(after) : []);
    for (const fact of was) if (!now.has(fact)) editOf(fact, highOf(id)).remove.push(lowOf(id));
    for (const fact of now) if (!was.has(fact)) editOf(fact, highOf(id)).add.push(lowOf(id));
  }
  return [...byFact.values()].flatMap((highs) => [...highs.values()]);
}

/** The row an edit leaves (a new one: the stored row is not changed), or undefined when its container is empty. */
export function applyEdit(row: FactRow | undefined, edit: FactEdit): FactRow | undefined {
  const values = update(row?.values, edit.add, edit.remove);
  return values && { fact: edit.fact, high: edit.high, values };
}

/** Every contact's facts tallied at once: the rows a rebuild writes. */
export class FactTally {
  private readonly ids = new Map<string, number[]>();

  add(id: unknown, contact: Countable): void {
    if (!isBitmapId(id)) return;
    for (const fact of factKeys(contact)) {
      const list = this.ids.get(fact);
      if (list) list.push(id);
      else this.ids.set(fact, [id]);
    }
  }

  rows(): FactRow[] {
    return [...this.ids].flatMap(([fact, ids]) => [...setOf(ids)].map(([high, values]) => ({ fact, high, values })));
  }
}
