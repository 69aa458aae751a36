import { noteParts } from '../../lib/notes/links';

/** A note as text with its line breaks; only http(s) addresses become links, opened in a new tab without an opener. */
export function NoteText({ text }: { text: string }) {
  return (
    <p className="whitespace-pre-wrap break-words text-sm" data-testid="note-text">
      {noteParts(text).map((part, i) =>
        part.kind === 'link' ? (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer" className="text-indigo-700 underline dark:text-indigo-300">
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
