import { useLiveQuery } from 'dexie-react-hooks';
import { pendingSyncChanges, unsettledConflicts } from '../../lib/service/read-team';

/** Named live reads for team sync (components/team). */
export const usePendingSyncChanges = () => useLiveQuery(pendingSyncChanges, []) ?? 0;
export const useUnsettledConflicts = () => useLiveQuery(unsettledConflicts, []) ?? [];
