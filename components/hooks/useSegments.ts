import { useLiveQuery } from 'dexie-react-hooks';
import type { SavedSegment } from '../../lib/segments';
import { savedSegment, savedSegments } from '../../lib/service/read-segments';

/** Saved segments by name; undefined while loading. */
export function useSavedSegments(): SavedSegment[] | undefined {
  return useLiveQuery(() => savedSegments(), []);
}

/** One saved segment (null when there is none or no id); undefined while loading. */
export function useSavedSegment(id: number | undefined): SavedSegment | null | undefined {
  return useLiveQuery(async () => (id ? ((await savedSegment(id)) ?? null) : null), [id]);
}
