import type { SortField } from '../../../lib/contacts/query';
import type { MessageKey } from '../../../lib/i18n';
import type { CustomFieldDef } from '../../../lib/model';

/** A table column: built-in, or `custom:<key>` for a custom field. */
export type ColumnId =
  | 'name'
  | 'email'
  | 'company'
  | 'title'
  | 'phone'
  | 'stage'
  | 'status'
  | 'tags'
  | 'groups'
  | 'source'
  | 'createdAt'
  | 'updatedAt'
  | 'lastActivityAt'
  | `custom:${string}`;

export interface Column {
  id: ColumnId;
  /** A built-in label key, or the custom field's own label. */
  label: MessageKey | { text: string };
  width: number;
  sort?: SortField;
}

export const BUILT_IN_COLUMNS: Column[] = [
  { id: 'name', label: 'contacts.column.name', width: 220, sort: 'name' },
  { id: 'email', label: 'field.email', width: 250, sort: 'email' },
  { id: 'company', label: 'field.company', width: 180, sort: 'company' },
  { id: 'title', label: 'field.title', width: 180 },
  { id: 'phone', label: 'field.phone', width: 140 },
  { id: 'stage', label: 'field.stage', width: 120 },
  { id: 'status', label: 'field.status', width: 120 },
  { id: 'tags', label: 'field.tags', width: 170 },
  { id: 'groups', label: 'field.groups', width: 170 },
  { id: 'source', label: 'field.source', width: 140 },
  { id: 'createdAt', label: 'field.createdAt', width: 120, sort: 'createdAt' },
  { id: 'updatedAt', label: 'field.updatedAt', width: 120, sort: 'updatedAt' },
  { id: 'lastActivityAt', label: 'contacts.column.lastActivityAt', width: 130, sort: 'lastActivityAt' },
];

export const DEFAULT_COLUMNS: ColumnId[] = ['name', 'email', 'company', 'title', 'stage', 'status', 'tags', 'updatedAt'];

export function allColumns(defs: CustomFieldDef[]): Column[] {
  return [...BUILT_IN_COLUMNS, ...defs.map((def) => ({ id: `custom:${def.key}` as ColumnId, label: { text: def.label }, width: 160 }))];
}

const STORAGE_KEY = 'fluenzr.manager.columns';

/** The user's chosen columns (a display preference of this page, kept in localStorage). */
export function loadColumns(): ColumnId[] {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (Array.isArray(stored) && stored.every((id) => typeof id === 'string') && stored.includes('name')) return stored as ColumnId[];
  } catch {
    // An unreadable preference falls back to the defaults.
  }
  return DEFAULT_COLUMNS;
}

export function saveColumns(ids: ColumnId[]): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(ids));
}
