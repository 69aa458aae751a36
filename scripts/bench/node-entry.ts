import 'fake-indexeddb/auto';
import { FluenzrDatabase } from '../../lib/db/database';
import { blocks, fill, measure, report } from './segment-bench';

const total = Number(process.env.BENCH_CONTACTS ?? 100_000);
const db = new FluenzrDatabase('bench-segments');
await db.open();
console.log(`Node + fake-indexeddb: filling ${total} contacts…`);
const fillMs = await fill(db, total, console.log);
console.log(`  filled in ${(fillMs / 1000).toFixed(1)} s`);
console.log(report(await measure(db)));
console.log(await blocks(db));
db.close();
