import type { NextStep } from '../model';

export const DAY_MS = 86_400_000;

/** "Snooze 1 day": a day after the due time, or after now when it is already past. */
export function snoozedStep(step: NextStep, now = Date.now()): NextStep {
  return { text: step.text, dueAt: Math.max(step.dueAt, now) + DAY_MS };
}

/** The default due time of a new next step: tomorrow at 9:00, local time. */
export function defaultDue(now = Date.now()): number {
  const day = new Date(now);
  day.setDate(day.getDate() + 1);
  day.setHours(9, 0, 0, 0);
  return day.getTime();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Epoch ms as a datetime-local input's value ("2026-06-03T09:00", local time). */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value back to epoch ms, or undefined when it is not a full date and time. */
export function fromLocalInput(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const ms = new Date(y, mo - 1, d, h, mi).getTime();
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

export type DueState = 'overdue' | 'today' | 'later';

/** How a due time stands now: past, later today, or later. */
export function dueState(dueAt: number, now = Date.now()): DueState {
  if (dueAt < now) return 'overdue';
  const end = new Date(now);
  end.setHours(24, 0, 0, 0);
  return dueAt < end.getTime() ? 'today' : 'later';
}
