import { getDb } from '../db/database';
import { repairCounters } from '../db/repair';

/** After an extension update: recount the maintained counters, so a missed count from an older version is mended. */
export function recountAfterUpdate(): Promise<void> {
  return repairCounters(getDb()).catch((error) => console.error('FluenzR: recounting contacts failed', error));
}
