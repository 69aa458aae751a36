import { useLiveQuery } from 'dexie-react-hooks';
import { colleagueOf } from '../../lib/service/read-colleague';

/** "Already in the team's base, captured by …": the colleague, live. */
export const useColleague = (contactId: number) => useLiveQuery(() => colleagueOf(contactId), [contactId]);
