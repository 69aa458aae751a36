import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { loadSettings, type LoadedSettings } from '../../lib/settings/store';

const Shared = createContext<{ loaded: LoadedSettings | undefined } | null>(null);

/**
 * One live read of the settings for the whole page (mounted by I18nProvider):
 * a part mounted later (the plan usage) finds them already loaded instead of
 * starting its own read, one more step before its data.
 */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const loaded = useLiveQuery(() => loadSettings(), []);
  const value = useMemo(() => ({ loaded }), [loaded]);
  return <Shared.Provider value={value}>{children}</Shared.Provider>;
}

/** Live settings (re-read when any context saves them); undefined while loading. */
export function useSettings(): LoadedSettings | undefined {
  const shared = useContext(Shared);
  // Outside a provider (a component rendered alone, in tests) it reads its own.
  const own = useLiveQuery(() => (shared ? undefined : loadSettings()), [shared === null]);
  return shared ? shared.loaded : own;
}
