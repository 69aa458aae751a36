import type { SyncedTable } from './registry';
import { refOf } from './registry';

/** Local keys a row references, as refs (to look their document ids up). */
export function referencedRefs(spec: SyncedTable, row: Record<string, unknown>): string[] {
  const direct = Object.entries(spec.refs ?? {}).flatMap(([field, table]) => {
    const value = row[field];
    const keys = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
    return keys.map((key) => refOf(table, key));
  });
  return [...direct, ...nestedKeys(spec, row, (key) => typeof key === 'number').map(([table, key]) => refOf(table, key))];
}

/** Keys inside nested values (a segment's group conditions) that `keep` accepts, with their table. */
function nestedKeys(spec: SyncedTable, row: Record<string, unknown>, keep: (key: unknown) => boolean): Array<[string, unknown]> {
  const found: Array<[string, unknown]> = [];
  for (const [field, { table, walk }] of Object.entries(spec.nested ?? {})) {
    if (row[field] !== undefined)
      walk(row[field], (key) => {
        if (keep(key)) found.push([table, key]);
        return key;
      });
  }
  return found;
}

/** A row's nested values with their keys swapped (local ids out, document ids in). */
function swapNested(spec: SyncedTable, row: Record<string, unknown>, swap: (table: string, key: unknown) => unknown): Record<string, unknown> {
  if (!spec.nested) return row;
  const out = { ...row };
  for (const [field, { table, walk }] of Object.entries(spec.nested)) if (out[field] !== undefined) out[field] = walk(out[field], (key) => swap(table, key));
  return out;
}

/** The document body of a row: no local key, no derived field, references as document ids. */
export function toBody(spec: SyncedTable, row: Record<string, unknown>, docIdOf: (ref: string) => string): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  // A group named in a segment's criteria by its local id travels as its document id (a string: one that is already, kept).
  const swapped = swapNested(spec, row, (table, key) => (typeof key === 'number' ? docIdOf(refOf(table, key)) : key));
  for (const [field, value] of Object.entries(swapped)) {
    if (value === undefined || spec.omit?.includes(field) || (spec.autoKey && field === spec.key)) continue;
    const table = spec.refs?.[field];
    if (!table) body[field] = value;
    else if (Array.isArray(value)) body[field] = value.map((key) => docIdOf(refOf(table, key)));
    else body[field] = docIdOf(refOf(table, value));
  }
  return body;
}

/** Document ids a body references (to look their local rows up). */
export function referencedDocIds(spec: SyncedTable, body: Record<string, unknown>): string[] {
  const direct = Object.keys(spec.refs ?? {}).flatMap((field) => {
    const value = body[field];
    return Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
  });
  return [...direct, ...nestedKeys(spec, body, (key) => typeof key === 'string').map(([, key]) => key as string)];
}

/**
 * A row's fields from a body; references to rows this machine does not have
 * are dropped from lists. Undefined when a single reference is unknown
 * (a history entry of a contact that is not here).
 */
export function fromBody(spec: SyncedTable, body: Record<string, unknown>, localKeyOf: (docId: string) => unknown): Record<string, unknown> | undefined {
  const row: Record<string, unknown> = {};
  // A group this machine does not have stays named by its document id: the condition then matches no contact here, as it should.
  const swapped = swapNested(spec, body, (_table, key) => (typeof key === 'string' ? (localKeyOf(key) ?? key) : key));
  for (const [field, value] of Object.entries(swapped)) {
    if (spec.omit?.includes(field) || (spec.autoKey && field === spec.key)) continue;
    if (!spec.refs?.[field]) row[field] = value;
    else if (Array.isArray(value)) row[field] = (value as string[]).map(localKeyOf).filter((key) => key !== undefined);
    else {
      const key = localKeyOf(value as string);
      if (key === undefined) return undefined;
      row[field] = key;
    }
  }
  return row;
}
