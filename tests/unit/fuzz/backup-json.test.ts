import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRestore, prepareRestore } from '../../../lib/backup/restore';
import { BACKUP_TABLES } from '../../../lib/backup/format';
import { getDb } from '../../../lib/db/database';
import v1 from '../../fixtures/backup/v1.json';
import { FUZZ, timed } from './budget';

// Backup JSON: random values, and the real v1 fixture with one field
// replaced by a random value. The dry run never throws; a file it does not
// accept is never written, and nothing is half-written.
const fixture = () => JSON.parse(JSON.stringify(v1)) as Record<string, unknown>;

function setPath(root: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return root;
    node = (node as Record<string, unknown>)[key];
  }
  if (typeof node === 'object' && node !== null) (node as Record<string, unknown>)[path.at(-1)!] = value;
  return root;
}

const paths = fc.constantFrom(
  ['format'], ['version'], ['settings'], ['data'], ['data', 'contacts'], ['data', 'contacts', '0'], ['data', 'contacts', '0', 'email'],
  ['data', 'contacts', '0', 'tags'], ['data', 'contacts', '0', 'customFields'], ['data', 'contacts', '0', 'groupIds'], ['data', 'contacts', '0', 'id'],
  ['data', 'contacts', '1', 'editedFields'], ['data', 'history', '0', 'changes'], ['data', 'history', '0', 'contactId'], ['data', 'groups', '0', 'name'],
  ['data', 'suppression', '0', 'hash'], ['data', 'pending', '0', 'profile'], ['data', 'segments', '0', 'criteria'], ['sealedSuppression'],
);

async function tableCounts(): Promise<number[]> {
  return Promise.all(BACKUP_TABLES.map((t) => getDb().table(t).count()));
}

describe('fuzz: backup JSON (prepareRestore, applyRestore)', () => {
  it('a mutated or random file is reported, and written whole or not at all', async () => {
    const file = fc.oneof(
      { weight: 3, arbitrary: fc.tuple(paths, fc.anything({ maxDepth: 3, maxKeys: 6 })).map(([path, value]) => setPath(fixture(), path, value)) },
      { weight: 1, arbitrary: fc.anything({ maxDepth: 4 }) },
    );
    await fc.assert(
      fc.asyncProperty(file, async (raw) => {
        const before = await tableCounts();
        const prepared = await timed('dry run', () => prepareRestore(raw, 'replace'));
        expect(typeof prepared.report.ok).toBe('boolean');
        expect(await tableCounts()).toEqual(before);
        if (!prepared.report.ok) {
          await expect(applyRestore(prepared)).rejects.toThrow('restore_blocked');
          expect(await tableCounts()).toEqual(before);
          return;
        }
        await applyRestore(prepared);
        // Replace mode: exactly what the dry run announced is there (the next case replaces it again).
        expect(await getDb().contacts.count()).toBe(prepared.report.toWrite.contacts);
      }),
      { seed: FUZZ.seed, numRuns: 60 },
    );
  });
});
