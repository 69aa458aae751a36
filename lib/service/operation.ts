import type { z } from 'zod';
import { guardStorage } from '../db/storage-errors';
import { takeDueChange } from '../db/due-key';
import { refreshReminders } from '../reminders/schedule';

/** Input a page handed to the service that its schema refuses (a bug in the page, never the user's fault). */
export class InvalidInput extends Error {
  constructor(detail?: string) {
    super(detail ? `invalid_input: ${detail}` : 'invalid_input');
    this.name = 'InvalidInput';
  }
}

/**
 * One operation of the in-page service: its input schema and its work, in
 * one place. Extension pages call it as a plain function (they share the
 * extension origin's IndexedDB, so the write runs in the page's own Dexie
 * transaction); the input is parsed as a message's was (trimmed tags,
 * bounded id lists), and a full disk reaches the caller as "storage_full".
 */
export function operation<S extends z.ZodType, R>(
  input: S,
  work: (data: z.output<S>) => Promise<R>,
  { writes = true, reminders = false }: { writes?: boolean; reminders?: boolean } = {},
): (data: z.input<S>) => Promise<R> {
  return (data) =>
    guardStorage(async () => {
      const parsed = input.safeParse(data);
      if (!parsed.success) throw new InvalidInput(parsed.error.issues[0]?.message);
      const answer = await work(parsed.data);
      // The next due time and the overdue badge follow every write that moved a due time, read from the
      // database (the worker no longer sees page writes); `reminders`: the operation changes them otherwise (the setting).
      if (!writes || !(takeDueChange() || reminders)) return answer;
      await refreshReminders().catch((error: unknown) => console.error('FluenzR: reminders', error));
      return answer;
    });
}
