/** Segments: criteria (schema), the pure matcher, the one planner and reader, saved segments and filters. */
export * from './fields';
export * from './schema';
export { matchesSegment } from './match';
export { countSegment, matchingIds, querySegment, segmentPages, prepareSegment, readSegmentPage, type Page, type PreparedSegment } from './query';
export { readSegment, SMALL_SET, type ContactResult, type ReadOptions } from './reader';
export { describeSegment, type SegmentNames } from './describe';
export { segmentFilter, segmentHref, segmentIdFrom, SEGMENT_PARAM, type SegmentFilter } from './filter';
export { loadSegment, listSegments, SegmentInputSchema, type SavedSegment, type SegmentInput } from './store';
