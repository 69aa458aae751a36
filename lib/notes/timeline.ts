import type { HistoryEntry, Note } from '../model';
import { isAutoStatusEntry } from '../status/undo';

/** One line of a contact's timeline: a note, or a history entry (automatic status changes marked). */
export type TimelineItem =
  | { type: 'note'; key: string; at: number; note: Note; edited: boolean }
  | { type: 'history'; key: string; at: number; entry: HistoryEntry; automatic: boolean };

/**
 * Notes and history in one list, newest first (pure). Equal times keep the
 * history's own order and put a note after what was recorded with it.
 */
export function assembleTimeline(notes: readonly Note[], history: readonly HistoryEntry[]): TimelineItem[] {
  const items: TimelineItem[] = [
    ...notes.map((note): TimelineItem => ({ type: 'note', key: `n${note.id}`, at: note.createdAt, note, edited: note.updatedAt > note.createdAt })),
    ...history.map((entry): TimelineItem => ({ type: 'history', key: `h${entry.id}`, at: entry.at, entry, automatic: isAutoStatusEntry(entry) })),
  ];
  const id = (item: TimelineItem) => (item.type === 'history' ? item.entry.id : item.note.id);
  return items.sort((a, b) => b.at - a.at || (a.type === b.type ? id(b) - id(a) : a.type === 'history' ? -1 : 1));
}
