import { z } from '../zod';
import type { Condition } from '../segments/schema';

/** The manager's next-step filters. */
export const DUE_FILTERS = ['overdue', 'today', 'week'] as const;
export const DueFilterSchema = z.enum(DUE_FILTERS);
export type DueFilter = z.infer<typeof DueFilterSchema>;

function startOfDay(now: number): number {
  const day = new Date(now);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

/** Midnight after the coming Sunday: weeks start on Monday, as in the French and ISO calendars. */
function endOfWeek(now: number): number {
  const start = new Date(startOfDay(now));
  const sinceMonday = (start.getDay() + 6) % 7;
  start.setDate(start.getDate() + 7 - sinceMonday);
  return start.getTime();
}

/**
 * Due times a filter means, [from, to) in epoch ms, in the user's time zone:
 * overdue is before now; today, the local day; this week, today to Sunday's end.
 */
export function dueRange(filter: DueFilter, now = Date.now()): [number, number] {
  switch (filter) {
    case 'overdue':
      return [0, now];
    case 'today':
      return [startOfDay(now), nextMidnight(now)];
    case 'week':
      return [startOfDay(now), endOfWeek(now)];
  }
}

function nextMidnight(now: number): number {
  const day = new Date(startOfDay(now));
  day.setDate(day.getDate() + 1);
  return day.getTime();
}

/** The filter as the segment criterion on the due date it compiles to (nextDueAt, half-open [from, to)). */
export function dueCondition(filter: DueFilter, now = Date.now()): Condition {
  const [from, to] = dueRange(filter, now);
  return { type: 'condition', field: 'nextDueAt', op: 'between', value: [from, to - 1] };
}

/** Whether a contact's indexed due time falls in the filter's range. */
export function isDue(nextDueAt: number | undefined, filter: DueFilter, now = Date.now()): boolean {
  if (nextDueAt === undefined) return false;
  const [from, to] = dueRange(filter, now);
  return nextDueAt >= from && nextDueAt < to;
}
