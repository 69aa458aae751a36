import { useLiveQuery } from 'dexie-react-hooks';
import { allTags } from '../../lib/contacts/tags';
import { getDb } from '../../lib/db/database';
import type { CustomFieldDef, Group } from '../../lib/model';

const NONE: never[] = [];

/** Groups by name, live. */
export function useGroups(): Group[] {
  return useLiveQuery(async () => (await getDb().groups.toArray()).sort((a, b) => a.name.localeCompare(b.name)), []) ?? NONE;
}

/** Every tag in use (from the *tags index), live. */
export function useTags(): string[] {
  return useLiveQuery(() => allTags(getDb()), []) ?? NONE;
}

/** Custom field definitions, live. */
export function useFieldDefs(): CustomFieldDef[] {
  return useLiveQuery(async () => (await getDb().fieldDefs.toArray()).sort((a, b) => a.createdAt - b.createdAt), []) ?? NONE;
}
