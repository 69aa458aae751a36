import { getDb } from '../db/database';
import { HashBook } from '../contacts/hashes';
import { runWrite } from '../contacts/pipeline';
import { planUsage } from '../contacts/plan';
import { planRoom } from '../contacts/rules';
import { clearContacts, restoreContacts } from '../contacts/restore-contacts';
import { emailHash } from '../gdpr/hash';
import { PLAN_LIMITS, SettingsSchema, type Settings } from '../model';
import { getSettings } from '../settings/store';
import { BACKUP_TABLES, readEnvelope, type BackupRows, type BackupTable } from './format';
import { SealError, unseal } from './seal';
import { validateBackup, type RestoreIssue } from './validate';
import { mergeOthers, replaceOthers, unionSuppression } from './write';

export type RestoreMode = 'merge' | 'replace';

export interface RestoreReport {
  mode: RestoreMode;
  fromVersion?: number;
  createdAt?: number;
  /** Rows in the file, per table. */
  inFile: Record<BackupTable, number>;
  /** Rows that will be written, per table. */
  toWrite: Record<BackupTable, number>;
  conflicts: {
    /** Merge: contacts whose email is already here (the one here is kept). */
    existingEmail: number;
    /** Contacts erased or unsubscribed here since the backup: never brought back. */
    suppressed: number;
    /** Merge: groups, fields, segments, pending profiles already here by name/key (kept). */
    existingOther: number;
    danglingGroupRefs: number;
    examples: string[];
  };
  errors: RestoreIssue[];
  errorCount: number;
  plan: { limit: number | null; liveAfter: number; fits: boolean };
  /** Nothing blocks the restore. */
  ok: boolean;
}

export interface PreparedRestore {
  report: RestoreReport;
  rows: BackupRows;
  /** Contacts (by backup id) left out because they are suppressed here or already exist. */
  skipContactIds: Set<number>;
  settings: Settings | null;
}

const zero = () => Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])) as Record<BackupTable, number>;

/**
 * The file with its sealed suppression list opened (v2), ready to validate,
 * or the code of why it cannot be opened (no passphrase, a wrong one).
 */
async function openSealed(raw: unknown, passphrase: string | undefined): Promise<{ raw: unknown; error?: string; fromVersion?: number }> {
  const read = readEnvelope(raw);
  if (!read.ok || !read.envelope.sealedSuppression) return { raw };
  try {
    const rows = await unseal(read.envelope.sealedSuppression, passphrase);
    const { sealedSuppression: _sealed, ...envelope } = read.envelope;
    // The opened envelope is already upgraded: the report names the file's own version.
    return { raw: { ...envelope, data: { ...envelope.data, suppression: rows } }, fromVersion: read.fromVersion };
  } catch (error) {
    if (error instanceof SealError) return { raw, error: error.code };
    throw error;
  }
}

/** The dry run: validate everything and compare with what is here. Writes nothing. */
export async function prepareRestore(raw: unknown, mode: RestoreMode, passphrase?: string): Promise<PreparedRestore> {
  const opened = await openSealed(raw, passphrase);
  const checked = validateBackup(opened.raw);
  if (opened.error) {
    // The rest of the file is still checked and shown; the restore stays blocked.
    checked.errors.unshift({ table: 'file', row: -1, path: '', message: opened.error });
    checked.errorCount++;
  }
  const db = getDb();
  const { plan } = await getSettings();
  const rows = checked.rows;
  const report: RestoreReport = {
    mode,
    fromVersion: opened.fromVersion ?? checked.fromVersion,
    createdAt: checked.envelope?.createdAt,
    inFile: zero(),
    toWrite: zero(),
    conflicts: { existingEmail: 0, suppressed: 0, existingOther: 0, danglingGroupRefs: checked.danglingGroupRefs, examples: [] },
    errors: checked.errors,
    errorCount: checked.errorCount,
    plan: { limit: PLAN_LIMITS[plan], liveAfter: 0, fits: true },
    ok: false,
  };
  for (const table of BACKUP_TABLES) report.inFile[table] = checked.envelope?.data[table].length ?? 0;
  const skip = new Set<number>();
  const note = (text: string) => report.conflicts.examples.length < 20 && report.conflicts.examples.push(text);

  // Erasures and unsubscribes recorded here win over an older backup.
  const hashes = await Promise.all(rows.contacts.map((c) => emailHash(c.email)));
  const here = await db.suppression.bulkGet(hashes);
  // A file holding a person together with their own erasure hash never brings them back.
  const own = new Map(rows.suppression.map((row) => [row.hash, row.reason]));
  rows.contacts.forEach((contact, i) => {
    const reason = here[i]?.reason ?? own.get(hashes[i]!);
    if (reason) {
      skip.add(contact.id);
      report.conflicts.suppressed++;
      note(`${contact.email}: ${reason}`);
    }
  });
  if (mode === 'merge') {
    const existing = new Set(await db.contacts.where('email').anyOf(rows.contacts.map((c) => c.email)).keys());
    for (const contact of rows.contacts) {
      if (!skip.has(contact.id) && existing.has(contact.email)) {
        skip.add(contact.id);
        report.conflicts.existingEmail++;
        note(`${contact.email}: exists`);
      }
    }
    report.conflicts.existingOther = await countExistingOther(rows);
  }
  const written = rows.contacts.filter((c) => !skip.has(c.id));
  report.toWrite.contacts = written.length;
  report.toWrite.history = rows.history.filter((h) => !skip.has(h.contactId)).length;
  report.toWrite.notes = rows.notes.filter((n) => !skip.has(n.contactId)).length;
  for (const table of ['groups', 'fieldDefs', 'segments', 'suppression', 'pending'] as const) report.toWrite[table] = rows[table].length;
  if (mode === 'merge') report.toWrite.suppression = rows.suppression.length;

  const live = written.filter((c) => c.archived === 0).length;
  // A forecast for the report; the write checks again, inside its transaction.
  const usage = await planUsage(db, plan);
  report.plan.liveAfter = live + (mode === 'merge' ? usage.used : 0);
  report.plan.fits = (mode === 'merge' ? await planRoom(db, plan) : (usage.limit ?? Infinity)) >= live;
  report.ok = report.errorCount === 0 && report.plan.fits;

  // The plan belongs to this installation, not to the data: it is never restored.
  const settings = checked.envelope ? SettingsSchema.parse({ ...checked.envelope.settings, plan }) : null;
  return { report, rows, skipContactIds: skip, settings };
}

async function countExistingOther(rows: BackupRows): Promise<number> {
  const db = getDb();
  const groups = await db.groups.where('name').anyOf(rows.groups.map((g) => g.name)).count();
  const defs = await db.fieldDefs.where('key').anyOf(rows.fieldDefs.map((d) => d.key)).count();
  const segments = await db.segments.where('name').anyOf(rows.segments.map((s) => s.name)).count();
  const pending = await db.pending.where('linkedinUrl').anyOf(rows.pending.map((p) => p.linkedinUrl)).count();
  return groups + defs + segments + pending;
}

export interface RestoreOutcome {
  restored: number;
  /** Contacts left out when written: erased or unsubscribed since the dry run, or in the backup's own suppression list. */
  suppressed: number;
}

/**
 * Write a prepared restore in ONE transaction over every table, contacts
 * through the write pipeline: the suppression list is read again inside it
 * (an erasure made after the dry run wins, and the backup's own list counts),
 * restored Unsubscribed contacts are suppressed, and a failure at any row (a
 * contact captured meanwhile with the same email, the plan limit reached
 * meanwhile) rolls everything back, in both modes.
 */
export async function applyRestore(prepared: PreparedRestore): Promise<RestoreOutcome> {
  if (!prepared.report.ok) throw new Error('restore_blocked');
  const { rows } = prepared;
  const contacts = rows.contacts.filter((c) => !prepared.skipContactIds.has(c.id));
  const history = rows.history.filter((h) => !prepared.skipContactIds.has(h.contactId));
  const notes = rows.notes.filter((n) => !prepared.skipContactIds.has(n.contactId));
  const hashes = new HashBook();
  await hashes.add(contacts.map((c) => c.email));
  const db = getDb();
  const result = await runWrite(
    async () => {
      if (prepared.report.mode === 'replace') {
        await clearContacts(db);
        await replaceOthers(db, rows, prepared.settings);
        await unionSuppression(db, rows);
        return restoreContacts(db, contacts, history, { hashes, keepIds: true, notes });
      }
      const here = await mergeOthers(db, { ...rows, contacts });
      await unionSuppression(db, rows);
      return restoreContacts(db, here, history, { hashes, keepIds: false, notes });
    },
    [db.groups, db.fieldDefs, db.segments, db.pending],
  );
  return { restored: result.restored, suppressed: result.suppressed.length };
}
