import { z } from '../zod';
import {
  ContactSchema,
  CustomFieldDefSchema,
  GroupSchema,
  HistoryEntrySchema,
  isValidEmail,
  normalizeEmail,
  NoteSchema,
  SuppressionSchema,
} from '../model';
import { SealedSchema } from './seal';

/**
 * The backup file format. A new format version appends a schema here and an
 * upgrade from the previous one in BACKUP_UPGRADES; restore reads every
 * version ever written (a fixture per version lives in tests/fixtures/backup/).
 */
export const BACKUP_FORMAT = 'fluenzr-backup';
/**
 * 2: the suppression list travels sealed with a passphrase (./seal.ts), `data.suppression` stays empty.
 * 3: notes (`data.notes`) and each contact's next step.
 */
export const BACKUP_VERSION = 3;

/** Rows per table a restore accepts (the file's size is checked before it is read: lib/backup/file-size.ts). */
export const MAX_BACKUP_ROWS = { contacts: 1_000_000, history: 5_000_000, notes: 2_000_000, other: 200_000 } as const;
const rowCap = (table: string) => (table === 'contacts' || table === 'history' || table === 'notes' ? MAX_BACKUP_ROWS[table] : MAX_BACKUP_ROWS.other);

const BackupContactSchema = ContactSchema.extend({
  email: z.string().refine((email) => isValidEmail(email) && normalizeEmail(email) === email, 'invalid_email'),
});

const SegmentSchema = z.object({
  id: z.number().int().positive(),
  name: z.string().trim().min(1).max(200),
  criteria: z.unknown(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

const PendingSchema = z.object({
  linkedinUrl: z.string().min(1).max(2048),
  profile: z.record(z.string(), z.string().max(5000).optional()),
  sourceUrl: z.string().max(2048),
  method: z.enum(['linkedin', 'salesnav']),
  createdAt: z.number(),
  updatedAt: z.number(),
  tags: z.array(z.string().min(1).max(64)).max(100).optional(),
  groupIds: z.array(z.number().int().positive()).max(100).optional(),
});

/** Row schemas by table: each row is validated on its own so errors say where. */
export const ROW_SCHEMAS = {
  contacts: BackupContactSchema,
  groups: GroupSchema,
  fieldDefs: CustomFieldDefSchema,
  segments: SegmentSchema,
  suppression: SuppressionSchema,
  history: HistoryEntrySchema,
  pending: PendingSchema,
  notes: NoteSchema,
} as const;

export type BackupTable = keyof typeof ROW_SCHEMAS;
export const BACKUP_TABLES = Object.keys(ROW_SCHEMAS) as BackupTable[];

export type BackupRows = { [T in BackupTable]: Array<z.infer<(typeof ROW_SCHEMAS)[T]>> };

/** Tables a version before 3 did not have: an older file gets them empty. */
const SINCE_V3: readonly BackupTable[] = ['notes'];

export const EnvelopeV1Schema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  createdAt: z.number(),
  /** The database schema version that wrote it (informative). */
  dbVersion: z.number().int().optional(),
  /** Stored settings; validated with SettingsSchema on restore (unknown keys dropped). */
  settings: z.record(z.string(), z.unknown()),
  data: z.object(Object.fromEntries(BACKUP_TABLES.map((t) => [t, z.array(z.unknown()).max(rowCap(t), 'too_many_rows')])) as Record<BackupTable, z.ZodArray<z.ZodUnknown>>),
});

export const EnvelopeV2Schema = EnvelopeV1Schema.extend({
  version: z.literal(2),
  /** The suppression rows, sealed; absent when the list was empty. */
  sealedSuppression: SealedSchema.optional(),
});

export const EnvelopeV3Schema = EnvelopeV2Schema.extend({ version: z.literal(3) });
export type Envelope = z.infer<typeof EnvelopeV3Schema>;

/** Older envelope → the next version's envelope. A v1 file keeps its plain suppression rows. */
export const BACKUP_UPGRADES: Record<number, (old: unknown) => unknown> = {
  1: (old) => ({ ...(old as object), version: 2 }),
  2: (old) => {
    const file = old as { data?: Record<string, unknown> };
    const data = typeof file.data === 'object' && file.data ? file.data : {};
    return { ...file, version: 3, data: { ...data, ...Object.fromEntries(SINCE_V3.map((t) => [t, []])) } };
  },
};

/** Read the envelope of any known version and bring it to the current one. */
export function readEnvelope(raw: unknown): { ok: true; envelope: Envelope; fromVersion: number } | { ok: false; error: string } {
  const head = z.object({ format: z.literal(BACKUP_FORMAT), version: z.number().int().positive() }).safeParse(raw);
  if (!head.success) return { ok: false, error: 'not_a_backup' };
  const fromVersion = head.data.version;
  if (fromVersion > BACKUP_VERSION) return { ok: false, error: 'newer_version' };
  let current = raw;
  for (let v = fromVersion; v < BACKUP_VERSION; v++) current = BACKUP_UPGRADES[v]!(current);
  const parsed = EnvelopeV3Schema.safeParse(current);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.some((i) => i.message === 'too_many_rows') ? 'too_many_rows' : 'damaged' };
  return { ok: true, envelope: parsed.data, fromVersion };
}
