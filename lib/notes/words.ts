import { words } from '../text/fold';
import { NOTE_LIMITS } from '../model';

/** A note's distinct folded words, for prefix search (bounded: the index grows with them). */
export function noteWords(text: string): string[] {
  return [...new Set(words(text))].filter((word) => word.length >= 2 && word.length <= 64).slice(0, NOTE_LIMITS.searchWords);
}
