import { useLiveQuery } from 'dexie-react-hooks';
import { colleagueOf, pendingSyncChanges, unsettledConflicts } from '../../lib/service/read-team';

/** Named live reads for team sync (components/team, the capture card). */
export const usePendingSyncChanges = () => useLiveQuery(pendingSyncChanges, []) ?? 0;
export const useUnsettledConflicts = () => useLiveQuery(unsettledConflicts, []) ?? [];
export const useColleague = (contactId: number) => useLiveQuery(() => colleagueOf(contactId), [contactId]);
