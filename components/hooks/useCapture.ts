import { useLiveQuery } from 'dexie-react-hooks';
import { knownPeople } from '../../lib/contacts/pending-batch';
import { standingChangesForThread } from '../../lib/status/thread-changes';

/** Named live reads of the capture cards (popup, side panel): kept apart so their first paint loads no Privacy code. */

/** Automatic status changes still standing for the people of a Gmail thread. */
export function useStandingChanges(emails: string[], url: string) {
  return useLiveQuery(() => standingChangesForThread(emails, url), [emails.join(','), url]);
}

/** Which listed people are already contacts or waiting in To complete, by profile key. */
export function useKnownPeople(keys: string[]) {
  return useLiveQuery(() => knownPeople(keys), [keys.join('\n')]);
}
