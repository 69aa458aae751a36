import { describe, expect, it } from 'vitest';
import { getDb } from '../../lib/db/database';
import { DEFAULT_SETTINGS } from '../../lib/model';
import { loadSettings, saveSettings } from '../../lib/settings/store';

describe('settings', () => {
  it('are the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, recovered: false });
  });

  it('round-trip a change', async () => {
    await saveSettings({ plan: 'pro', locale: 'fr' });
    expect((await loadSettings()).settings).toMatchObject({ plan: 'pro', locale: 'fr', retentionMonths: 36 });
  });

  it.each([['not an object'], [{ plan: 'enterprise', locale: 'fr' }], [null]])('recover from corrupt value %j with a warning', async (value) => {
    await getDb().kv.put({ key: 'settings', value });
    const loaded = await loadSettings();
    expect(loaded.recovered).toBe(true);
    expect(loaded.settings.plan).toBe('free');
  });
});
