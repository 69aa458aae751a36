import { CURRENT_VERSION, getDb } from '../db/database';
import type { Suppression } from '../model';
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, type BackupTable } from './format';
import { seal, SealError } from './seal';

const PAGE = 2000;

/**
 * The whole base as JSON text parts (for a Blob), read in one read-only
 * transaction so the backup is a consistent snapshot, and page by page on the
 * primary key so no table is ever held in memory as one array of objects.
 * The suppression list is sealed with the passphrase (required when the list
 * is not empty): hashes of addresses must not be testable by whoever finds the file.
 */
export async function backupParts(now = Date.now(), passphrase?: string): Promise<string[]> {
  const db = getDb();
  const tables = BACKUP_TABLES.map((name) => db.table(name));
  const { parts, suppression } = await db.transaction('r', [...tables, db.kv], async () => {
    const settings = (await db.kv.get('settings'))?.value ?? {};
    const parts: string[] = [
      `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"createdAt":${now},"dbVersion":${CURRENT_VERSION},`,
      `"settings":${JSON.stringify(settings)},"data":{`,
    ];
    for (const [index, name] of BACKUP_TABLES.entries()) {
      parts.push(`${index ? ',' : ''}${JSON.stringify(name)}:[`);
      if (name !== 'suppression') await pushRows(name, parts);
      parts.push(']');
    }
    parts.push('}');
    return { parts, suppression: await db.suppression.toArray() };
  });
  // Sealed after the transaction: WebCrypto is not IndexedDB and would end it.
  parts.push(await sealedPart(suppression, passphrase), '}');
  return parts;
}

async function sealedPart(rows: Suppression[], passphrase: string | undefined): Promise<string> {
  if (!rows.length) return '';
  if (!passphrase) throw new SealError('passphrase_required');
  return `,"sealedSuppression":${JSON.stringify(await seal(rows, passphrase))}`;
}

async function pushRows(name: BackupTable, parts: string[]): Promise<void> {
  const table = getDb().table(name);
  // Every backed-up table has an inbound primary key (id, hash, key, linkedinUrl).
  const keyPath = table.schema.primKey.keyPath as string;
  let last: unknown;
  let first = true;
  for (;;) {
    const query = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
    const rows = await query.limit(PAGE).toArray();
    if (!rows.length) return;
    last = (rows[rows.length - 1] as Record<string, unknown>)[keyPath];
    parts.push((first ? '' : ',') + rows.map((row) => JSON.stringify(row)).join(','));
    first = false;
    if (rows.length < PAGE) return;
  }
}

export async function createBackupBlob(passphrase?: string): Promise<Blob> {
  return new Blob(await backupParts(Date.now(), passphrase), { type: 'application/json' });
}

export function backupFileName(now = new Date()): string {
  return `fluenzr-backup-${now.toISOString().slice(0, 10)}.json`;
}
