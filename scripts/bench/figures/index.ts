import type { Figure } from '../types';
import { captureRoundTrip } from './capture-round-trip';
import { csvImport } from './csv-import';
import { managerFirstRows } from './manager-first-rows';
import { boardOpen, exportAll, searchKeystroke, segmentCount } from './missing';
import { planUsageCount } from './plan-usage';
import { scriptSizes } from './script-sizes';
import { workerMemory } from './worker-memory';

/**
 * Every figure, in the order of the table. A feature adds its measurement
 * as one file in this folder and one entry here (replacing its "missing"
 * stand-in). Memory comes after the captures, so the worker has worked.
 */
export const FIGURES: Figure[] = [
  captureRoundTrip,
  managerFirstRows,
  searchKeystroke,
  boardOpen,
  segmentCount,
  csvImport,
  exportAll,
  workerMemory,
  planUsageCount,
  scriptSizes,
];
