import { z } from '../zod';
import { getDb, type FluenzrDatabase, type SegmentRow } from '../db/database';
import { parseSegment, SegmentSchema, type Segment } from './schema';

/** What the editor sends to save a segment: a new one (no id) or a change. */
export const SegmentInputSchema = z.object({
  id: z.number().int().positive().optional(),
  name: z.string().trim().min(1, 'name_required').max(80, 'name_too_long'),
  criteria: SegmentSchema,
});
export type SegmentInput = z.input<typeof SegmentInputSchema>;

export class SegmentError extends Error {
  constructor(readonly code: 'name_taken' | 'not_found') {
    super(code);
    this.name = 'SegmentError';
  }
}

export async function saveSegment(input: SegmentInput, now = Date.now()): Promise<SegmentRow> {
  const { id, name, criteria } = SegmentInputSchema.parse(input);
  const db = getDb();
  try {
    return await db.transaction('rw', db.segments, async () => {
      if (id === undefined) {
        const row = { name, criteria, createdAt: now, updatedAt: now };
        const newId = (await db.segments.add(row as SegmentRow)) as number;
        return { ...row, id: newId };
      }
      const existing = await db.segments.get(id);
      if (!existing) throw new SegmentError('not_found');
      const row: SegmentRow = { ...existing, name, criteria, updatedAt: now };
      await db.segments.put(row);
      return row;
    });
  } catch (error) {
    // The unique name index refused it.
    if (error instanceof Error && error.name === 'ConstraintError') throw new SegmentError('name_taken');
    throw error;
  }
}

export async function deleteSegment(id: number): Promise<number> {
  const db = getDb();
  return db.transaction('rw', db.segments, async () => {
    const found = await db.segments.get(id);
    if (found) await db.segments.delete(id);
    return found ? 1 : 0;
  });
}

export interface SavedSegment {
  row: SegmentRow;
  /** null when the stored criteria are unreadable (saved by an incompatible version). */
  segment: Segment | null;
}

export async function loadSegment(db: FluenzrDatabase, id: number): Promise<SavedSegment | undefined> {
  const row = await db.segments.get(id);
  return row && { row, segment: parseSegment(row.criteria) };
}

/** Saved segments by name (a user keeps tens, not thousands). */
export async function listSegments(db: FluenzrDatabase): Promise<SavedSegment[]> {
  const rows = await db.segments.orderBy('name').toArray();
  return rows.map((row) => ({ row, segment: parseSegment(row.criteria) }));
}
