import { getDb } from '../db/database';
import { loadColumnPage, loadCounts, type BoardFilter } from '../board/query';
import { countSegment, segmentPages } from '../segments/query';
import type { Segment } from '../segments/schema';
import { listSegments, loadSegment } from '../segments/store';
import type { Stage } from '../model';

/** Reads of saved segments and the pipeline board, for the pages' hooks. */
export const savedSegments = () => listSegments(getDb());
export const savedSegment = (id: number) => loadSegment(getDb(), id);
export const segmentCount = (segment: Segment) => countSegment(getDb(), segment);
export const segmentContactPages = (segment: Segment) => segmentPages(getDb(), segment);
export const boardColumn = (stage: Stage, filter: BoardFilter, limit: number) => loadColumnPage(getDb(), stage, filter, limit);
export const boardCounts = (filter: BoardFilter) => loadCounts(getDb(), filter);
