import { describe, expect, it } from 'vitest';
import { prepareRestore } from '../../../lib/backup/restore';
import { getDb } from '../../../lib/db/database';
import { checkFileSize, MAX_FILE_BYTES } from '../../../lib/files/size';
import v1 from '../../fixtures/backup/v1.json';

// Finding 9: restore accepted unbounded arrays (20,000 tags of 200
// characters became 20,000 counter rows), unbounded editedFields and history
// changes, and files were read whole before their size was checked.
type File = { data: { contacts: Array<Record<string, unknown>>; history: Array<Record<string, unknown>> } };
const clone = () => JSON.parse(JSON.stringify(v1)) as File;

describe('restore caps', () => {
  it.each([
    ['20,000 tags of 200 characters', (f: File) => (f.data.contacts[0]!.tags = Array.from({ length: 20_000 }, (_, i) => `${i}`.padEnd(200, 't')))],
    ['50,000 editedFields', (f: File) => (f.data.contacts[0]!.editedFields = Array.from({ length: 50_000 }, (_, i) => `f${i}`))],
    ['a history entry with 50,000 changes', (f: File) => (f.data.history[0]!.changes = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`f${i}`, [null, 'x']])))],
    ['10,000 custom fields', (f: File) => (f.data.contacts[0]!.customFields = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, 'v'])))],
  ])('refuses %s, says where, and writes nothing', async (_, spoil) => {
    const file = clone();
    spoil(file);
    const { report } = await prepareRestore(file, 'replace');
    expect(report.ok).toBe(false);
    expect(report.errors[0]).toMatchObject({ table: expect.stringMatching(/contacts|history/), row: 0 });
    expect(await getDb().table('counters').count().catch(() => 0)).toBe(0);
    expect(await getDb().contacts.count()).toBe(0);
  });

  it('checks a file’s size before reading it, for restore and import', () => {
    expect(checkFileSize({ size: 10_000 }, 'backup')).toEqual({ ok: true });
    expect(checkFileSize({ size: MAX_FILE_BYTES.backup + 1 }, 'backup')).toMatchObject({ ok: false, code: 'file_too_large', limitMb: 500 });
    expect(checkFileSize({ size: MAX_FILE_BYTES.csv + 1 }, 'csv')).toMatchObject({ ok: false, code: 'file_too_large', limitMb: 200 });
  });
});
