/**
 * Sets of contact ids as roaring-style bitmaps: an id's high 16 bits choose
 * a container, its low 16 bits are a value in it. A container holds at most
 * 4,096 values as a sorted Uint16Array (8 KB at most), more as a bitmap of
 * 65,536 bits (a Uint32Array of 2,048 words, 8 KB), so no container is ever
 * larger than 8 KB and an AND or OR of two is a few thousand operations.
 *
 * Hand-written on purpose: each container is one IndexedDB row (lib/db/facts.ts), which no library offers.
 *
 * Every function is pure: containers read from IndexedDB may be shared by
 * Dexie's cache between queries, so none is ever changed in place.
 */

/** A sorted Uint16Array (at most ARRAY_MAX values) or a bitmap Uint32Array of BITMAP_WORDS words. */
export type Container = Uint16Array | Uint32Array;

/** The most values an array container holds; one more and it is a bitmap, one fewer in a bitmap and it is an array again. */
export const ARRAY_MAX = 4096;
export const BITMAP_WORDS = 2048;

export const highOf = (id: number): number => id >>> 16;
export const lowOf = (id: number): number => id & 0xffff;
/** Ids a bitmap can hold: what an IndexedDB auto-increment key is in practice. */
export const isBitmapId = (id: unknown): id is number => typeof id === 'number' && Number.isInteger(id) && id >= 0 && id <= 0xffffffff;

const EMPTY = new Uint16Array(0);

/** Told apart by element size, which survives IndexedDB's structured clone in any realm (instanceof may not). */
export const isBitmap = (c: Container): c is Uint32Array => c.BYTES_PER_ELEMENT === 4;

function popcount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

function bitmapCardinality(bits: Uint32Array): number {
  let n = 0;
  for (let i = 0; i < bits.length; i++) if (bits[i]) n += popcount(bits[i]!);
  return n;
}

/** How many values a container holds. */
export function cardinality(c: Container): number {
  return isBitmap(c) ? bitmapCardinality(c) : c.length;
}

/** Index of `low` in a sorted array, or of where it would go. */
function search(values: Uint16Array, low: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < low) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function has(c: Container, low: number): boolean {
  if (isBitmap(c)) return (c[low >>> 5]! & (1 << (low & 31))) !== 0;
  const i = search(c, low);
  return i < c.length && c[i] === low;
}

/** The values of a container, ascending. */
export function* lows(c: Container): Generator<number> {
  if (!isBitmap(c)) {
    yield* c;
    return;
  }
  for (let i = 0; i < c.length; i++) {
    let word = c[i]!;
    while (word !== 0) {
      const bit = word & -word;
      yield (i << 5) + 31 - Math.clz32(bit);
      word ^= bit;
    }
  }
}

function toBitmap(c: Container | undefined): Uint32Array {
  if (c && isBitmap(c)) return c.slice();
  const bits = new Uint32Array(BITMAP_WORDS);
  if (c) for (const low of c) bits[low >>> 5]! |= 1 << (low & 31);
  return bits;
}

/** A bitmap in canonical form: an array when it holds ARRAY_MAX values or fewer. */
function fromBitmap(bits: Uint32Array, n = bitmapCardinality(bits)): Container {
  if (n > ARRAY_MAX) return bits;
  const values = new Uint16Array(n);
  let k = 0;
  for (const low of lows(bits)) values[k++] = low;
  return values;
}

/** A container of these values (any order, repeats allowed). */
export function fromLows(values: Iterable<number>): Container {
  const bits = new Uint32Array(BITMAP_WORDS);
  for (const low of values) bits[low >>> 5]! |= 1 << (low & 31);
  return fromBitmap(bits);
}

/**
 * The container after adding and removing values (a value in both is
 * removed), or undefined when nothing is left: its row is then deleted.
 */
export function update(c: Container | undefined, add: readonly number[], remove: readonly number[]): Container | undefined {
  const bits = toBitmap(c);
  for (const low of add) bits[low >>> 5]! |= 1 << (low & 31);
  for (const low of remove) bits[low >>> 5]! &= ~(1 << (low & 31));
  const n = bitmapCardinality(bits);
  return n === 0 ? undefined : fromBitmap(bits, n);
}

export function and(a: Container, b: Container): Container {
  if (isBitmap(a) && isBitmap(b)) {
    const bits = new Uint32Array(BITMAP_WORDS);
    for (let i = 0; i < BITMAP_WORDS; i++) bits[i] = a[i]! & b[i]!;
    return fromBitmap(bits);
  }
  if (isBitmap(a) || isBitmap(b)) {
    const [values, bits] = isBitmap(a) ? [b as Uint16Array, a] : [a, b as Uint32Array];
    return values.filter((low) => (bits[low >>> 5]! & (1 << (low & 31))) !== 0);
  }
  const out = new Uint16Array(Math.min(a.length, b.length));
  let [i, j, k] = [0, 0, 0];
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out[k++] = a[i]!;
      i++;
      j++;
    }
  }
  return out.slice(0, k);
}

export function or(a: Container, b: Container): Container {
  if (isBitmap(a) || isBitmap(b)) {
    const bits = toBitmap(a);
    if (isBitmap(b)) for (let i = 0; i < BITMAP_WORDS; i++) bits[i]! |= b[i]!;
    else for (const low of b) bits[low >>> 5]! |= 1 << (low & 31);
    return bits;
  }
  const merged = new Uint16Array(a.length + b.length);
  let [i, j, k] = [0, 0, 0];
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) merged[k++] = a[i++]!;
    else if (i >= a.length || b[j]! < a[i]!) merged[k++] = b[j++]!;
    else {
      merged[k++] = a[i++]!;
      j++;
    }
  }
  return k > ARRAY_MAX ? toBitmap(merged.subarray(0, k)) : merged.slice(0, k);
}

/** A set of ids: high → its (non-empty) container. */
export type IdSet = Map<number, Container>;

export function sizeOf(set: IdSet): number {
  let n = 0;
  for (const c of set.values()) n += cardinality(c);
  return n;
}

export function contains(set: IdSet, id: number): boolean {
  const c = set.get(highOf(id));
  return !!c && has(c, lowOf(id));
}

/** The set of these ids (any order, repeats allowed). */
export function setOf(ids: Iterable<number>): IdSet {
  const byHigh = new Map<number, number[]>();
  for (const id of ids) {
    const high = highOf(id);
    const lows = byHigh.get(high);
    if (lows) lows.push(lowOf(id));
    else byHigh.set(high, [lowOf(id)]);
  }
  return new Map([...byHigh].map(([high, lows]) => [high, fromLows(lows)]));
}

/** The ids of a set, ascending. */
export function ids(set: IdSet): number[] {
  const out: number[] = [];
  for (const high of [...set.keys()].sort((a, b) => a - b)) {
    const base = high * 0x10000;
    for (const low of lows(set.get(high)!)) out.push(base + low);
  }
  return out;
}

/** Ids common to every set (the smallest set's containers drive). */
export function intersectSets(sets: readonly IdSet[]): IdSet {
  if (!sets.length) return new Map();
  const [first, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  const out: IdSet = new Map();
  for (const [high, c] of first!) {
    let acc: Container = c;
    for (const other of rest) {
      const d = other.get(high);
      acc = d ? and(acc, d) : EMPTY;
      if (!acc.length) break;
    }
    if (acc.length) out.set(high, acc);
  }
  return out;
}

/** Ids in any of the sets. */
export function unionSets(sets: readonly IdSet[]): IdSet {
  const out: IdSet = new Map();
  for (const set of sets) {
    for (const [high, c] of set) {
      const had = out.get(high);
      out.set(high, had ? or(had, c) : c);
    }
  }
  return out;
}
