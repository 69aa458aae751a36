import { listedKey, type ListedPerson } from './linkedin-list';
import { MAX_BATCH } from './list-limits';

/** One person in the panel's list: who, and whether they are ticked. */
export interface SelectionEntry {
  key: string;
  person: ListedPerson;
  checked: boolean;
}

/** The people gathered from the list pages of one tab, across SPA moves (kept in storage.session). */
export interface ListSelection {
  sourceUrl: string;
  entries: SelectionEntry[];
  /** Someone was left out because the batch is full. */
  full: boolean;
}

export const EMPTY_SELECTION: ListSelection = { sourceUrl: '', entries: [], full: false };

/**
 * Add a page's people to the selection: people already in it keep their tick
 * (and their place), new ones come after, ticked unless already known. The
 * selection never grows past one batch; `full` says someone was left out.
 */
export function mergePage(selection: ListSelection, url: string, people: ListedPerson[], isKnown: (key: string) => boolean): ListSelection {
  const present = new Set(selection.entries.map((e) => e.key));
  const entries = [...selection.entries];
  let full = selection.full;
  for (const person of people) {
    const key = listedKey(person);
    if (!key || present.has(key)) continue;
    if (entries.length >= MAX_BATCH) {
      full = true;
      break;
    }
    present.add(key);
    entries.push({ key, person, checked: !isKnown(key) });
  }
  return { sourceUrl: selection.sourceUrl || url, entries, full };
}

export const checkedPeople = (selection: ListSelection): ListedPerson[] => selection.entries.filter((e) => e.checked).map((e) => e.person);

export function setChecked(selection: ListSelection, keys: ReadonlySet<string> | 'all' | 'none', checked?: boolean): ListSelection {
  return {
    ...selection,
    entries: selection.entries.map((e) => {
      if (keys === 'all') return { ...e, checked: true };
      if (keys === 'none') return { ...e, checked: false };
      return keys.has(e.key) ? { ...e, checked: checked ?? !e.checked } : e;
    }),
  };
}
