import Dexie, { type Table } from 'dexie';

type DueSource = { nextStep?: { dueAt: number }; archived: 0 | 1 };

/** The indexed due time: only a live contact's next step is one to do (and to remind of). */
export function dueKeyOf(contact: DueSource): number | undefined {
  return contact.nextStep && contact.archived === 0 ? contact.nextStep.dueAt : undefined;
}

/**
 * Keep `nextDueAt` derived on every write, as the sort keys are: absent
 * without a next step, so the index holds the next steps only.
 */
export function deriveDueKey(table: Table): void {
  table.hook('creating', (_key, obj: DueSource & { nextDueAt?: number }) => {
    const due = dueKeyOf(obj);
    if (due === undefined) delete obj.nextDueAt;
    else obj.nextDueAt = due;
  });
  table.hook('updating', (mods: object, _key, obj: DueSource) => {
    if (!Object.keys(mods).some((field) => field === 'archived' || field === 'nextDueAt' || field.startsWith('nextStep'))) return undefined;
    // A put's modifications may be key paths ("nextStep.dueAt"): apply them to a copy.
    const next = { ...obj, nextStep: obj.nextStep && { ...obj.nextStep } };
    for (const [path, value] of Object.entries(mods)) Dexie.setByKeyPath(next, path, value);
    return { nextDueAt: dueKeyOf(next) };
  });
}

/*
 * Whether a write in this page changed a due time since the reminders were
 * last rebuilt (set by the counters middleware, which sees every contact
 * row before and after). Rebuilding the alarm and the badge costs about
 * 10 ms of reads and browser calls, and most writes (a capture) change no
 * next step. It starts true: a page's first write rebuilds them once.
 */
let dueChanged = true;

export function noteDueChange(): void {
  dueChanged = true;
}

/** True once after any due time changed; the caller then rebuilds the reminders. */
export function takeDueChange(): boolean {
  const changed = dueChanged;
  dueChanged = false;
  return changed;
}
