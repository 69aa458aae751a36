import { z } from '../zod';
import { cleanText } from './clean-text';

/** A note is a few paragraphs; a contact holds at most this many (a restore is held to it too). */
export const NOTE_LIMITS = { text: 5000, perContact: 1000, searchWords: 200 } as const;

/** Plain text with its line breaks, hidden controls removed, trimmed, bounded. */
export const NoteTextSchema = z.string().transform(cleanText).pipe(z.string().trim().min(1, 'note_empty').max(NOTE_LIMITS.text, 'note_too_long'));

export const NoteSchema = z.object({
  id: z.number().int().positive(),
  contactId: z.number().int().positive(),
  text: NoteTextSchema,
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  /** Folded prefix words of the text, for the quick search; derived, never edited. */
  searchWords: z.array(z.string().max(64)).max(NOTE_LIMITS.searchWords),
});
export type Note = z.infer<typeof NoteSchema>;
