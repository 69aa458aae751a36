import { getDb } from '../db/database';
import { capturedBy } from '../sync/captured-by';

/** Which colleague brought this contact into the team's base, if any (the capture card; kept apart from the rest of sync). */
export const colleagueOf = (contactId: number) => capturedBy(getDb(), contactId);
