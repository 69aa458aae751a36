import Dexie from 'dexie';
import { FluenzrDatabase } from '../../lib/db/database';
import { blocks, fill, measure, report } from './segment-bench';

/** Called by the runner through page.evaluate; the page's console shows progress. */
(globalThis as unknown as { runBench: (total: number) => Promise<string> }).runBench = async (total) => {
  await Dexie.delete('bench-segments');
  const db = new FluenzrDatabase('bench-segments');
  await db.open();
  const fillMs = await fill(db, total, console.log);
  const text = `Chromium (real IndexedDB): ${total} contacts filled in ${(fillMs / 1000).toFixed(1)} s\n${report(await measure(db))}\n${await blocks(db)}`;
  db.close();
  return text;
};
