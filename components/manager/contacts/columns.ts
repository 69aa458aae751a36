import type { SortField } from '../../../lib/contacts/query';
import type { MessageKey } from '../../../lib/i18n';
import type { CustomFieldDef } from '../../../lib/model';

/** The selection check box's column. */
export const CHECK_WIDTH = 44;

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
  /** The width it gets when there is room (also its share of extra room). */
  width: number;
  /** The narrowest it may get before it is hidden instead. */
  min: number;
  /** Lower is kept longer when the window is narrow; the name (0) is never hidden. */
  priority: number;
  sort?: SortField;
}

export const BUILT_IN_COLUMNS: Column[] = [
  { id: 'name', label: 'contacts.column.name', width: 220, min: 150, priority: 0, sort: 'name' },
  { id: 'email', label: 'field.email', width: 250, min: 170, priority: 1, sort: 'email' },
  { id: 'company', label: 'field.company', width: 180, min: 110, priority: 4, sort: 'company' },
  { id: 'title', label: 'field.title', width: 180, min: 110, priority: 7 },
  { id: 'phone', label: 'field.phone', width: 140, min: 110, priority: 8 },
  { id: 'stage', label: 'field.stage', width: 120, min: 96, priority: 3 },
  { id: 'status', label: 'field.status', width: 120, min: 104, priority: 2 },
  { id: 'tags', label: 'field.tags', width: 170, min: 100, priority: 6 },
  { id: 'groups', label: 'field.groups', width: 170, min: 100, priority: 8 },
  { id: 'source', label: 'field.source', width: 140, min: 96, priority: 9 },
  { id: 'createdAt', label: 'field.createdAt', width: 120, min: 96, priority: 9, sort: 'createdAt' },
  { id: 'updatedAt', label: 'field.updatedAt', width: 120, min: 96, priority: 5, sort: 'updatedAt' },
  { id: 'lastActivityAt', label: 'contacts.column.lastActivityAt', width: 130, min: 100, priority: 8, sort: 'lastActivityAt' },
];

export const DEFAULT_COLUMNS: ColumnId[] = ['name', 'email', 'company', 'title', 'stage', 'status', 'tags', 'updatedAt'];

export function allColumns(defs: CustomFieldDef[]): Column[] {
  return [...BUILT_IN_COLUMNS, ...defs.map((def) => ({ id: `custom:${def.key}` as ColumnId, label: { text: def.label }, width: 160, min: 110, priority: 10 }))];
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

export interface FittedColumns {
  shown: Column[];
  /** Chosen columns left out because the window is too narrow for them. */
  hidden: Column[];
  /** CSS grid template: a fixed check column, then each column between its min and a share of the room. */
  template: string;
  /** The row width: the room, or the shown columns' minimums when the room is narrower still. */
  width: number;
}

/**
 * Fit the chosen columns into `room` pixels: the lowest-priority ones are
 * hidden until the rest fit at their minimum widths, and the room left is
 * shared in proportion to their natural widths. The name column always stays.
 */
export function fitColumns(columns: Column[], room: number, checkWidth: number): FittedColumns {
  const byDropOrder = [...columns].filter((c) => c.id !== 'name').sort((a, b) => b.priority - a.priority);
  const hidden = new Set<ColumnId>();
  const minimum = () => checkWidth + columns.filter((c) => !hidden.has(c.id)).reduce((sum, c) => sum + c.min, 0);
  for (const column of byDropOrder) {
    if (minimum() <= room) break;
    hidden.add(column.id);
  }
  const shown = columns.filter((c) => !hidden.has(c.id));
  const natural = checkWidth + shown.reduce((sum, c) => sum + c.width, 0);
  // Wider than needed: columns keep their natural widths and the last one takes the rest.
  const template =
    natural <= room
      ? `${checkWidth}px ${shown.map((c, i) => (i === shown.length - 1 ? `minmax(${c.width}px, 1fr)` : `${c.width}px`)).join(' ')}`
      : `${checkWidth}px ${shown.map((c) => `minmax(${c.min}px, ${c.width}fr)`).join(' ')}`;
  return { shown, hidden: columns.filter((c) => hidden.has(c.id)), template, width: Math.max(room, minimum()) };
}
