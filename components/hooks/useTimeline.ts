import { useLiveQuery } from 'dexie-react-hooks';
import { timelineOf } from '../../lib/service/read-followups';

/** A contact's timeline, live: notes and history, newest first. */
export const useTimeline = (contactId: number) => useLiveQuery(() => timelineOf(contactId), [contactId]);
