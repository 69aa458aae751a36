import { useLiveQuery } from 'dexie-react-hooks';
import { loadSettings, type LoadedSettings } from '../../lib/settings/store';

/** Live settings (re-read when any context saves them); undefined while loading. */
export function useSettings(): LoadedSettings | undefined {
  return useLiveQuery(() => loadSettings(), []);
}
