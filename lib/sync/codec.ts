import type { SyncedTable } from './registry';
import { refOf } from './registry';

/** Local keys a row references, as refs (to look their document ids up). */
export function referencedRefs(spec: SyncedTable, row: Record<string, unknown>): string[] {
  return Object.entries(spec.refs ?? {}).flatMap(([field, table]) => {
    const value = row[field];
    const keys = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
    return keys.map((key) => refOf(table, key));
  });
}

/** The document body of a row: no local key, no derived field, references as document ids. */
export function toBody(spec: SyncedTable, row: Record<string, unknown>, docIdOf: (ref: string) => string): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(row)) {
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
  return Object.keys(spec.refs ?? {}).flatMap((field) => {
    const value = body[field];
    return Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
  });
}

/**
 * A row's fields from a body; references to rows this machine does not have
 * are dropped from lists. Undefined when a single reference is unknown
 * (a history entry of a contact that is not here).
 */
export function fromBody(spec: SyncedTable, body: Record<string, unknown>, localKeyOf: (docId: string) => unknown): Record<string, unknown> | undefined {
  const row: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(body)) {
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
