import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { backupParts } from '../../../lib/backup/create';
import { applyRestore, prepareRestore } from '../../../lib/backup/restore';
import { upsertByEmail } from '../../../lib/contacts/repository';
import { DB_NAME, FluenzrDatabase, getDb, setDbForTests } from '../../../lib/db/database';
import { eraseContacts } from '../../../lib/gdpr/erase';
import { emailHash } from '../../../lib/gdpr/hash';
import { draft } from '../helpers/drafts';

// Finding 6, second half: the suppression list is SHA-256 of addresses, so
// whoever holds a backup could test guessed addresses against it.
const PASSPHRASE = 'correct horse battery';

async function erasedProfile(): Promise<string> {
  const created = await upsertByEmail(draft({ email: 'jane@bücher.de' }));
  if (created.outcome !== 'created') throw new Error('setup');
  await eraseContacts([created.contact.id]);
  return emailHash('jane@bücher.de');
}

async function newBrowser(): Promise<void> {
  getDb().close();
  await Dexie.delete(DB_NAME);
  setDbForTests(new FluenzrDatabase());
}

describe('the suppression list in a backup', () => {
  it('cannot be tested against guessed addresses by whoever finds the file', async () => {
    const hash = await erasedProfile();
    const text = (await backupParts(1, PASSPHRASE)).join('');
    expect(text).not.toContain(hash);
    expect(text).not.toMatch(/[0-9a-f]{64}/);
  });

  it('is never written in clear: without a passphrase there is no backup', async () => {
    await erasedProfile();
    await expect(backupParts(1)).rejects.toThrow('passphrase_required');
    await expect(backupParts(1, 'short')).rejects.toThrow('passphrase_too_short');
  });

  it('keeps working in a new browser: the erased address stays refused after a restore', async () => {
    await erasedProfile();
    const file = JSON.parse((await backupParts(1, PASSPHRASE)).join(''));
    await newBrowser();
    const prepared = await prepareRestore(file, 'replace', PASSPHRASE);
    expect(prepared.report).toMatchObject({ ok: true, toWrite: { suppression: 1 } });
    await applyRestore(prepared);
    expect(await upsertByEmail(draft({ email: 'jane@xn--bcher-kva.de' }))).toMatchObject({ outcome: 'refused', reason: 'suppressed' });
  });

  it('a missing or wrong passphrase blocks the restore with its reason, and writes nothing', async () => {
    await erasedProfile();
    const file = JSON.parse((await backupParts(1, PASSPHRASE)).join(''));
    await newBrowser();
    for (const [passphrase, code] of [[undefined, 'passphrase_required'], ['wrong passphrase', 'wrong_passphrase']] as const) {
      const prepared = await prepareRestore(file, 'replace', passphrase);
      expect(prepared.report.ok).toBe(false);
      expect(prepared.report.errors[0]).toMatchObject({ table: 'file', message: code });
      await expect(applyRestore(prepared)).rejects.toThrow('restore_blocked');
    }
    expect(await getDb().suppression.count()).toBe(0);
  });
});
