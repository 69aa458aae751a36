import { NOTE_LIMITS } from '../model';
import { BACKUP_TABLES, readEnvelope, ROW_SCHEMAS, type BackupRows, type Envelope } from './format';

export interface RestoreIssue {
  /** A table name, or "file" for the envelope itself. */
  table: string;
  /** Row index in that table (-1 for the file). */
  row: number;
  path: string;
  message: string;
}

const MAX_LISTED = 100;

export interface ValidatedBackup {
  envelope?: Envelope;
  fromVersion?: number;
  rows: BackupRows;
  errors: RestoreIssue[];
  errorCount: number;
  /** Contact group ids that point at no group in the backup: dropped on restore. */
  danglingGroupRefs: number;
}

const emptyRows = (): BackupRows => Object.fromEntries(BACKUP_TABLES.map((t) => [t, []])) as unknown as BackupRows;

/**
 * Validate a parsed backup file entirely, row by row, before anything is
 * written: every problem is listed with its table, row and field.
 */
export function validateBackup(raw: unknown): ValidatedBackup {
  const out: ValidatedBackup = { rows: emptyRows(), errors: [], errorCount: 0, danglingGroupRefs: 0 };
  const fail = (issue: RestoreIssue) => {
    out.errorCount++;
    if (out.errors.length < MAX_LISTED) out.errors.push(issue);
  };
  const read = readEnvelope(raw);
  if (!read.ok) {
    fail({ table: 'file', row: -1, path: '', message: read.error });
    return out;
  }
  out.envelope = read.envelope;
  out.fromVersion = read.fromVersion;
  for (const table of BACKUP_TABLES) {
    const schema = ROW_SCHEMAS[table];
    read.envelope.data[table].forEach((row, index) => {
      const parsed = schema.safeParse(row);
      if (parsed.success) (out.rows[table] as unknown[]).push(parsed.data);
      else for (const issue of parsed.error.issues) fail({ table, row: index, path: issue.path.join('.'), message: issue.message });
    });
  }
  checkIntegrity(out, fail);
  return out;
}

function checkIntegrity(out: ValidatedBackup, fail: (issue: RestoreIssue) => void): void {
  const unique = (table: keyof BackupRows, key: string, values: unknown[]) => {
    const seen = new Set<unknown>();
    values.forEach((value, row) => {
      if (seen.has(value)) fail({ table, row, path: key, message: 'duplicate' });
      seen.add(value);
    });
  };
  const { contacts, groups, history, notes } = out.rows;
  unique('contacts', 'id', contacts.map((c) => c.id));
  unique('contacts', 'email', contacts.map((c) => c.email));
  unique('groups', 'id', groups.map((g) => g.id));
  unique('groups', 'name', groups.map((g) => g.name));
  const contactIds = new Set(contacts.map((c) => c.id));
  history.forEach((entry, row) => {
    if (!contactIds.has(entry.contactId)) fail({ table: 'history', row, path: 'contactId', message: 'unknown_contact' });
  });
  unique('notes', 'id', notes.map((n) => n.id));
  const perContact = new Map<number, number>();
  notes.forEach((note, row) => {
    if (!contactIds.has(note.contactId)) return fail({ table: 'notes', row, path: 'contactId', message: 'unknown_contact' });
    const held = (perContact.get(note.contactId) ?? 0) + 1;
    perContact.set(note.contactId, held);
    if (held === NOTE_LIMITS.perContact + 1) fail({ table: 'notes', row, path: 'contactId', message: 'too_many_notes' });
  });
  const groupIds = new Set(groups.map((g) => g.id));
  for (const contact of contacts) {
    const kept = contact.groupIds.filter((id) => groupIds.has(id));
    out.danglingGroupRefs += contact.groupIds.length - kept.length;
    contact.groupIds = kept;
  }
}
