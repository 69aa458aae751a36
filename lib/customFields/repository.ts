import { HashBook } from '../contacts/hashes';
import { commit, runWrite } from '../contacts/pipeline';
import { getDb, type FluenzrDatabase } from '../db/database';
import type { CustomFieldDef } from '../model';
import { isEmptyValue } from '../segments/values';
import { FieldDefInputSchema, keyFromLabel, labelTaken, type FieldDefInput } from './defs';

const CHUNK = 1000;

export type FieldDefErrorCode = 'label_taken' | 'not_found' | 'type_locked';

export class FieldDefError extends Error {
  constructor(readonly code: FieldDefErrorCode) {
    super(code);
    this.name = 'FieldDefError';
  }
}

/**
 * Create a field (no key) or rename / change the options of one (key given).
 * The key never changes, so every value contacts hold survives a rename.
 */
export async function saveFieldDef(input: FieldDefInput, now = Date.now()): Promise<CustomFieldDef> {
  const { key, label, type, options } = FieldDefInputSchema.parse(input);
  const db = getDb();
  return db.transaction('rw', db.fieldDefs, async () => {
    // A handful of definitions at most: reading them all is fine.
    const defs = await db.fieldDefs.toArray();
    if (labelTaken(label, defs, key)) throw new FieldDefError('label_taken');
    const kept = type === 'choice' ? options : undefined;
    if (key) {
      const existing = defs.find((def) => def.key === key);
      if (!existing) throw new FieldDefError('not_found');
      if (existing.type !== type) throw new FieldDefError('type_locked');
      const next: CustomFieldDef = { ...existing, label, ...(kept ? { options: kept } : {}) };
      await db.fieldDefs.put(next);
      return next;
    }
    const def: CustomFieldDef = { key: keyFromLabel(label, defs.map((d) => d.key)), label, type, createdAt: now, ...(kept ? { options: kept } : {}) };
    await db.fieldDefs.add(def);
    return def;
  });
}

/** How many contacts hold a value for a field: one cursor pass, nothing kept in memory. */
export function countFieldHolders(db: FluenzrDatabase, key: string): Promise<number> {
  return db.contacts.filter((contact) => !isEmptyValue(contact.customFields?.[key])).count();
}

/**
 * Delete a field and the values contacts held for it, in one transaction,
 * through the contacts' write pipeline. No history entry: it would keep the
 * very values the user chose to delete.
 */
export async function deleteFieldDef(key: string): Promise<{ removedValues: number }> {
  const hashes = new HashBook();
  return runWrite(
    async (db) => {
      if (!(await db.fieldDefs.get(key))) throw new FieldDefError('not_found');
      await db.fieldDefs.delete(key);
      const holders = (await db.contacts.filter((contact) => Object.prototype.hasOwnProperty.call(contact.customFields ?? {}, key)).primaryKeys()) as number[];
      let removedValues = 0;
      for (let i = 0; i < holders.length; i += CHUNK) {
        const proposals = (await db.contacts.bulkGet(holders.slice(i, i + CHUNK))).flatMap((contact) => {
          if (!contact) return [];
          const { [key]: value, ...customFields } = contact.customFields;
          if (!isEmptyValue(value)) removedValues++;
          return [{ before: contact, after: { ...contact, customFields }, kind: 'edited' as const, changes: { [`custom:${key}`]: [value, undefined] as [unknown, unknown] } }];
        });
        await commit(db, proposals, { hashes, consent: 'keep-status', room: 'refuse', history: false });
      }
      return { removedValues };
    },
    [getDb().fieldDefs],
  );
}

export function listFieldDefs(db: FluenzrDatabase): Promise<CustomFieldDef[]> {
  return db.fieldDefs.orderBy('key').toArray().then((defs) => defs.sort((a, b) => a.createdAt - b.createdAt));
}
