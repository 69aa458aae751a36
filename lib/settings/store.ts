import { getDb } from '../db/database';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../model';

const KEY = 'settings';

export interface LoadedSettings {
  settings: Settings;
  /** True when stored settings were unreadable and defaults were used instead. */
  recovered: boolean;
}

/** Read settings; anything corrupt falls back to its default, and says so. */
export async function loadSettings(): Promise<LoadedSettings> {
  const row = await getDb().kv.get(KEY);
  if (!row) return { settings: DEFAULT_SETTINGS, recovered: false };
  // Every capture reads the settings: the same stored value is parsed once per page (two schema parses cost ~1.5 ms).
  const raw = JSON.stringify(row.value);
  if (lastRead && raw === lastRead.raw) return lastRead.loaded;
  const strict = SettingsSchema.safeParse(row.value);
  const settings = SettingsSchema.parse(typeof row.value === 'object' && row.value !== null ? row.value : {});
  const recovered = !strict.success || JSON.stringify(settings) !== JSON.stringify(pickKnown(row.value, settings));
  lastRead = { raw, loaded: { settings, recovered } };
  return lastRead.loaded;
}

let lastRead: { raw: string; loaded: LoadedSettings } | undefined;

function pickKnown(value: unknown, shape: Settings): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const source = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(shape).map((key) => [key, source[key]]));
}

export async function getSettings(): Promise<Settings> {
  return (await loadSettings()).settings;
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const db = getDb();
  return db.transaction('rw', db.kv, async () => {
    const current = (await loadSettings()).settings;
    const next = SettingsSchema.parse({ ...current, ...patch });
    await db.kv.put({ key: KEY, value: next });
    return next;
  });
}
