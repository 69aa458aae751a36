import { z } from '../zod';
import { StageSchema, StatusSchema, type Contact } from '../model';
import type { Condition, Segment } from '../segments/schema';
import { DueFilterSchema, dueCondition } from '../notes/due';

/** What the manager lists: dimensions combine with AND, values within one dimension with OR. */
export const ContactFilterSchema = z.object({
  search: z.string().max(200).optional(),
  groupIds: z.array(z.number().int().positive()).max(100).optional(),
  tags: z.array(z.string().max(64)).max(100).optional(),
  statuses: z.array(StatusSchema).optional(),
  stages: z.array(StageSchema).optional(),
  /** 0 = live contacts (the default), 1 = archived ones, 'all' = both. */
  archived: z.union([z.literal(0), z.literal(1), z.literal('all')]).optional(),
  /** A saved segment (lib/segments): only its contacts. */
  segmentId: z.number().int().positive().optional(),
  /** Last changed within [from, to] (epoch ms, inclusive): an import run's contacts, not edited since. */
  updatedBetween: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).optional(),
  /** Next step overdue, due today or this week (lib/notes/due.ts: the nextDueAt criterion, read on its index). */
  due: DueFilterSchema.optional(),
});
export type ContactFilter = z.infer<typeof ContactFilterSchema>;

export const SORT_FIELDS = ['name', 'company', 'email', 'createdAt', 'updatedAt', 'lastActivityAt'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export interface ContactSort {
  field: SortField;
  direction: 'asc' | 'desc';
}
export const DEFAULT_SORT: ContactSort = { field: 'updatedAt', direction: 'desc' };

/** The indexed property each sort reads (see SCHEMA_VERSIONS 4). */
export const SORT_INDEX: Record<SortField, keyof Contact> = {
  name: 'sortName',
  company: 'sortCompany',
  email: 'email',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
  lastActivityAt: 'lastActivityAt',
};

/** The filter with empty dimensions dropped, so equal filters compare equal. */
export function normalizeFilter(filter: ContactFilter): ContactFilter {
  const out: ContactFilter = { archived: filter.archived ?? 0 };
  const search = filter.search?.trim();
  if (search) out.search = search;
  if (filter.groupIds?.length) out.groupIds = [...new Set(filter.groupIds)];
  if (filter.tags?.length) out.tags = [...new Set(filter.tags)];
  if (filter.statuses?.length) out.statuses = [...new Set(filter.statuses)];
  if (filter.stages?.length) out.stages = [...new Set(filter.stages)];
  if (filter.segmentId) out.segmentId = filter.segmentId;
  if (filter.updatedBetween) out.updatedBetween = filter.updatedBetween;
  if (filter.due) out.due = filter.due;
  return out;
}

/**
 * The manager's filter as segment criteria, so the one reader (lib/segments/
 * reader.ts) answers it. `saved` is the filter's saved segment, read by the
 * caller: null when the filter names one that does not exist (then nothing
 * matches, and so is this result).
 */
export function filterToSegment(filter: ContactFilter, saved?: Segment | null): Segment | null {
  const f = normalizeFilter(filter);
  if (f.segmentId && !saved) return null;
  const children: Segment['children'] = [];
  const add = (field: Condition['field'], op: Condition['op'], value?: Condition['value']) => children.push({ type: 'condition', field, op, value });
  if (f.archived !== 'all') add('archived', 'equals', f.archived === 1);
  if (f.search) add('search', 'startsWith', f.search);
  if (f.tags) add('tag', 'in', f.tags);
  if (f.groupIds) add('group', 'in', f.groupIds);
  if (f.stages) add('stage', 'in', f.stages);
  if (f.statuses) add('status', 'in', f.statuses);
  if (f.updatedBetween) add('updatedAt', 'between', f.updatedBetween);
  if (f.due) children.push(dueCondition(f.due));
  if (f.segmentId && saved) children.push(saved);
  return { type: 'group', match: 'all', children };
}

/** Index order: by the sort key, then by id (IndexedDB's tie-break), both compared as IndexedDB does. */
export function compareForSort(field: SortField) {
  const key = SORT_INDEX[field];
  return (a: Contact, b: Contact): number => {
    const x = (a[key] ?? '') as string | number;
    const y = (b[key] ?? '') as string | number;
    if (x < y) return -1;
    if (x > y) return 1;
    return a.id - b.id;
  };
}
