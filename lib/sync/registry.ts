/**
 * What team sync shares: one entry per synced Dexie table. The outbox
 * middleware records changes of these tables; the codecs (codec.ts) turn a
 * row into a document body and back. Local keys never leave the machine:
 * each row gets a random document id (ids.ts), and references to other
 * synced rows (`refs`) are sent as those ids. Adding a table is one entry
 * here (the notes of issue 19 were added so).
 * Per-user settings (kv), import runs and remembered mappings do not sync.
 */
export interface SyncedTable {
  table: string;
  /** The document's `type`. */
  type: string;
  /** The row's primary key field. */
  key: string;
  /** The key is the database's counter (`++id`): it is not sent, each machine has its own. */
  autoKey?: boolean;
  /** A field that names one row on every machine (unique index): two rows created apart for it become one (apply.ts). */
  natural?: string;
  /** Fields holding local keys of other synced tables (a number or an array of them). */
  refs?: Record<string, string>;
  /** Derived fields, rebuilt on arrival: not sent. */
  omit?: string[];
  /** Fields holding local keys deeper inside a value (a segment's criteria): the field, the table, and the walk that swaps them (codec.ts). */
  nested?: Record<string, { table: string; walk: (value: unknown, swap: (key: unknown) => unknown) => unknown }>;
}

/** In apply order: a row's references arrive before it. */
export const SYNCED_TABLES: SyncedTable[] = [
  { table: 'groups', type: 'group', key: 'id', autoKey: true, natural: 'name' },
  { table: 'fieldDefs', type: 'field', key: 'key', natural: 'key' },
  { table: 'suppression', type: 'suppression', key: 'hash', natural: 'hash' },
  {
    table: 'contacts',
    type: 'contact',
    key: 'id',
    autoKey: true,
    natural: 'email',
    refs: { groupIds: 'groups' },
    omit: ['searchWords', 'sortName', 'sortCompany', 'updatedAt'],
  },
  { table: 'pending', type: 'pending', key: 'linkedinUrl', natural: 'linkedinUrl', refs: { groupIds: 'groups' } },
  { table: 'segments', type: 'segment', key: 'id', autoKey: true, natural: 'name', nested: { criteria: { table: 'groups', walk: groupValuesIn } } },
  { table: 'history', type: 'history', key: 'id', autoKey: true, refs: { contactId: 'contacts' } },
  { table: 'notes', type: 'note', key: 'id', autoKey: true, refs: { contactId: 'contacts' } },
];

/**
 * A segment's criteria with each value of a `group` condition passed
 * through `swap` (a local group id out, its document id in), in nested
 * groups too; a value `swap` drops (undefined) leaves the list. The rest is
 * kept as it is: this reads stored criteria, it does not validate them.
 */
export function groupValuesIn(criteria: unknown, swap: (key: unknown) => unknown): unknown {
  if (!criteria || typeof criteria !== 'object') return criteria;
  const node = criteria as { type?: string; field?: string; value?: unknown; children?: unknown[] };
  if (node.type === 'group' && Array.isArray(node.children)) return { ...node, children: node.children.map((child) => groupValuesIn(child, swap)) };
  if (node.type !== 'condition' || node.field !== 'group' || node.value === undefined) return criteria;
  const value = Array.isArray(node.value) ? node.value.map(swap).filter((v) => v !== undefined) : (swap(node.value) ?? node.value);
  return { ...node, value };
}

export const SYNCED_BY_TABLE = new Map(SYNCED_TABLES.map((t) => [t.table, t]));
export const SYNCED_BY_TYPE = new Map(SYNCED_TABLES.map((t) => [t.type, t]));

/** One row of one synced table: the outbox's and the id map's reference. */
export function refOf(table: string, key: unknown): string {
  return `${table}:${JSON.stringify(key)}`;
}

export function parseRef(ref: string): { table: string; key: unknown } {
  const at = ref.indexOf(':');
  return { table: ref.slice(0, at), key: JSON.parse(ref.slice(at + 1)) as unknown };
}
