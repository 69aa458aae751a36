import { contactHistory } from '../contacts/history';
import { getDb } from '../db/database';
import { contactNotes } from '../notes/notes';
import { assembleTimeline, type TimelineItem } from '../notes/timeline';

/** A contact's notes and history in one list, newest first (lib/notes/timeline.ts). */
export async function timelineOf(contactId: number): Promise<TimelineItem[]> {
  const db = getDb();
  const [notes, history] = await Promise.all([contactNotes(db, contactId), contactHistory(db, contactId, 200)]);
  return assembleTimeline(notes, history);
}
