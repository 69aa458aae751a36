import type { Figure } from '../types';
import { captureRoundTrip } from './capture-round-trip';
import { csvImport } from './csv-import';
import { managerFirstRows } from './manager-first-rows';
import { boardOpen } from './board-open';
import { exportAll } from './export-all';
import { searchKeystroke } from './search-keystroke';
import { segmentCount } from './segment-count';
import { planUsageCount } from './plan-usage';
import { scriptSizes } from './script-sizes';
import { workerMemory } from './worker-memory';
import { countersRecount } from './counters-recount';
import { listExtract } from './list-extract';
import { listSave } from './list-save';
import { overdueFigures } from './overdue';
import { teamSync } from './team-sync';

/**
 * Every figure, in the order of the table. A feature adds its measurement
 * as one file in this folder and one entry here.
 * Memory comes after the captures, so the worker has worked.
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
  countersRecount,
  listExtract,
  listSave,
  overdueFigures,
  teamSync,
  scriptSizes,
];
