import type { FluenzrDatabase } from '../db/database';
import { contactsHref, readContactLinks } from '../navigation/links';
import type { Contact } from '../model';
import { matchesSegment } from './match';
import { countSegment, matchingIds, segmentPages } from './query';
import type { Segment } from './schema';
import { loadSegment } from './store';

/** The hash parameter that opens the manager's contacts filtered by a saved segment. */
export const SEGMENT_PARAM = 'segment';

/** "#/contacts?segment=12": a link to the contacts table filtered by a segment. */
export function segmentHref(segmentId: number): string {
  return contactsHref({ segmentId });
}

/** The segment id in the manager's hash parameters, if any. */
export function segmentIdFrom(params: URLSearchParams): number | null {
  return readContactLinks(params).segmentId ?? null;
}

/**
 * A saved segment as a filter another view can apply: a predicate for a list
 * or a board that already reads its own rows (Dexie `Collection.filter`), and
 * the paged reader / count for views that want the segment's rows themselves.
 */
export interface SegmentFilter {
  id: number;
  name: string;
  segment: Segment;
  matches: (contact: Contact) => boolean;
  count: () => Promise<number>;
  /** The matching ids (keys only), to intersect with a view's own index reads. */
  ids: () => Promise<Set<number>>;
  pages: (pageSize?: number) => AsyncGenerator<Contact[]>;
}

/** null when the segment does not exist or cannot be read. */
export async function segmentFilter(db: FluenzrDatabase, segmentId: number): Promise<SegmentFilter | null> {
  const saved = await loadSegment(db, segmentId);
  if (!saved?.segment) return null;
  const segment = saved.segment;
  return {
    id: saved.row.id,
    name: saved.row.name,
    segment,
    matches: (contact) => matchesSegment(contact, segment),
    count: () => countSegment(db, segment),
    ids: () => matchingIds(db, segment),
    pages: (pageSize) => segmentPages(db, segment, pageSize),
  };
}
