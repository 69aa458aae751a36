/**
 * Field-by-field merge of a document's conflicting revisions, pure and
 * deterministic: every replica that sees the same revisions computes the
 * same result, whatever order they arrive in. Each field has a clock
 * entry [when, replica, typed]: a value a user typed beats a captured one;
 * otherwise the latest edit of that field wins; equal times fall back to the
 * replica id, then the value, so there is always one answer, and such a tie
 * between two different typed values is reported as unsettled (the user decides).
 */
export type FieldClock = [at: number, replica: string, typed: 0 | 1];

export interface SyncBody {
  type: string;
  body: Record<string, unknown>;
  clock: Record<string, FieldClock>;
  /** The user who created the document (a capture's "captured by"). */
  by: string;
  /** The replica that wrote this revision (apply.ts skips its own). */
  w: string;
}

export interface Unsettled {
  field: string;
  values: unknown[];
}

export interface Merged {
  body: Record<string, unknown>;
  clock: Record<string, FieldClock>;
  unsettled: Unsettled[];
}

const NO_CLOCK: FieldClock = [0, '', 0];

/** > 0 when a beats b. */
function compare(a: { clock: FieldClock; json: string }, b: { clock: FieldClock; json: string }): number {
  return a.clock[2] - b.clock[2] || a.clock[0] - b.clock[0] || cmp(a.clock[1], b.clock[1]) || cmp(a.json, b.json);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function mergeRevisions(revisions: Array<Pick<SyncBody, 'body' | 'clock'>>): Merged {
  const fields = new Set(revisions.flatMap((r) => [...Object.keys(r.body), ...Object.keys(r.clock)]));
  const body: Record<string, unknown> = {};
  const clock: Record<string, FieldClock> = {};
  const unsettled: Unsettled[] = [];
  for (const field of [...fields].sort()) {
    const candidates = revisions
      .map((r) => ({ clock: r.clock[field] ?? NO_CLOCK, value: r.body[field], json: JSON.stringify(r.body[field] ?? null) }))
      .sort((a, b) => compare(b, a));
    const best = candidates[0]!;
    const rival = candidates.find((c) => c.json !== best.json);
    if (rival && best.clock[2] && rival.clock[2] && rival.clock[0] === best.clock[0] && rival.clock[1] !== best.clock[1])
      unsettled.push({ field, values: [best.value, rival.value] });
    if (best.value !== undefined) body[field] = best.value;
    if (best.clock !== NO_CLOCK) clock[field] = best.clock;
  }
  return { body, clock, unsettled };
}

/** Stable JSON (sorted keys) to compare bodies. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => cmp(a, b))) : v,
  );
}

/**
 * The clock of a new revision: fields that changed since `previous` get
 * [at, replica, typed]; the others keep theirs.
 */
export function nextClock(
  previous: Pick<SyncBody, 'body' | 'clock'> | undefined,
  body: Record<string, unknown>,
  at: number,
  replica: string,
  typed: (field: string) => boolean,
): Record<string, FieldClock> {
  const clock = { ...(previous?.clock ?? {}) };
  const fields = new Set([...Object.keys(body), ...Object.keys(previous?.body ?? {})]);
  for (const field of fields) {
    if (previous && stableJson(previous.body[field]) === stableJson(body[field])) continue;
    clock[field] = [at, replica, typed(field) ? 1 : 0];
  }
  return clock;
}
