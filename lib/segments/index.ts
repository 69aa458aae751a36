/** Segments: criteria (schema), the pure matcher, the indexed query, saved segments and filters. */
export * from './fields';
export * from './schema';
export { matchesSegment } from './match';
export { countSegment, matchingIds, querySegment, segmentPages, prepareSegment, readSegmentPage, type Page, type PreparedSegment } from './query';
export { describeSegment, type SegmentNames } from './describe';
export { segmentFilter, segmentHref, segmentIdFrom, SEGMENT_PARAM, type SegmentFilter } from './filter';
export { loadSegment, listSegments, SegmentInputSchema, type SavedSegment, type SegmentInput } from './store';
