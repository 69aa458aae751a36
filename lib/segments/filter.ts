import type { FluenzrDatabase } from '../db/database';
import { contactsHref, readContactLinks } from '../navigation/links';
import type { Contact } from '../model';
import { matchesSegment } from './match';
import { countSegment, segmentPages } from './query';
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
 * A saved segment, ready to test one contact, count or export. Views that
 * list contacts do not intersect with it: they nest its criteria in their
 * own (`filterToSegment`, `boardFilterToSegment`) and read with the one
 * reader (reader.ts).
 */
export interface SegmentFilter {
  id: number;
  name: string;
  segment: Segment;
  matches: (contact: Contact) => boolean;
  count: () => Promise<number>;
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
    pages: (pageSize) => segmentPages(db, segment, pageSize),
  };
}
