import type { FieldClock, SyncBody } from './merge';

/**
 * How a document stores its field clocks (README "Team", document format):
 * the fields that share one [when, replica, typed] are listed after it, so
 * the replica id is written once per edit rather than once per field (a
 * captured contact's ~20 fields usually share one entry: its clock shrinks
 * from about 1,200 to about 90 bytes, which every write, transfer and read
 * of the document pays). Groups and fields are sorted: the same clock always
 * packs to the same JSON, so replicas resolving one conflict still write the
 * very same revision. Documents of the previous version carry `clock`, one
 * entry per field: they are read as they are.
 */
export type PackedClock = Array<[at: number, replica: string, typed: 0 | 1, ...fields: string[]]>;

/** A document as PouchDB stores it: the clock packed in `ck`, or (previous version) `clock`. */
export type StoredBody = Omit<SyncBody, 'clock'> & { ck?: PackedClock; clock?: SyncBody['clock'] };

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function packClock(clock: Record<string, FieldClock>): PackedClock {
  const groups = new Map<string, { entry: FieldClock; fields: string[] }>();
  for (const field of Object.keys(clock).sort(cmp)) {
    const entry = clock[field]!;
    const key = JSON.stringify(entry);
    const group = groups.get(key);
    if (group) group.fields.push(field);
    else groups.set(key, { entry, fields: [field] });
  }
  return [...groups.values()]
    .sort((a, b) => a.entry[0] - b.entry[0] || cmp(a.entry[1], b.entry[1]) || a.entry[2] - b.entry[2])
    .map(({ entry, fields }) => [entry[0], entry[1], entry[2], ...fields]);
}

export function unpackClock(packed: PackedClock): Record<string, FieldClock> {
  const clock: Record<string, FieldClock> = {};
  for (const [at, replica, typed, ...fields] of packed) for (const field of fields) clock[field] = [at, replica, typed];
  return clock;
}

/** A document read from PouchDB, its clock unpacked (any version); a tombstone, which has none, is left as it is. */
export function readDoc<T extends object>(doc: T): T {
  const stored = doc as Partial<StoredBody>;
  if (!stored.ck) return doc;
  const { ck, ...rest } = stored;
  return { ...rest, clock: unpackClock(ck) } as unknown as T;
}

/**
 * The first object of a stored document. PouchDB's `indexeddb` adapter keeps
 * a second, "rewritten" copy of a document's data (for its Mango indexes,
 * which the mirror does not use) when `needsRewrite` says so, and that
 * function (9.0.0) decides on the first object-valued field alone: a plain
 * object first means one copy, so every write and read of the mirror handles
 * half the bytes. Nothing depends on it but speed; it also says which format
 * the document is in.
 */
const FORMAT = { version: 2 } as const;

/** A document to write to PouchDB: its clock packed. */
export function storedDoc<T extends object>(doc: T): T {
  const live = doc as Partial<SyncBody>;
  if (!live.clock) return doc;
  const { clock, ...rest } = live;
  return { format: FORMAT, ...rest, ck: packClock(clock) } as unknown as T;
}
