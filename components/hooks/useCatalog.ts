import { useLiveQuery } from 'dexie-react-hooks';
import { allFieldDefs, allGroups, fieldDefs, groupsByName, importRun, lastImportRun, tagKeys, tagsInUse } from '../../lib/service/read-catalog';
import type { CustomFieldDef, Group } from '../../lib/model';

const NONE: never[] = [];

/** Groups by name (in the user's language's order), live. */
export function useGroups(): Group[] {
  return useLiveQuery(async () => (await allGroups()).sort((a, b) => a.name.localeCompare(b.name)), []) ?? NONE;
}

/** Groups in the index's name order; undefined while loading. */
export function useGroupsByName(): Group[] | undefined {
  return useLiveQuery(() => groupsByName(), []);
}

/** Every tag in use (from the *tags index), live. */
export function useTags(): string[] {
  return useLiveQuery(() => tagsInUse(), []) ?? NONE;
}

/** Every distinct tag key of the contacts' index; undefined while loading. */
export function useTagKeys(): string[] | undefined {
  return useLiveQuery(() => tagKeys(), []);
}

/** Custom field definitions in creation order, live. */
export function useFieldDefs(): CustomFieldDef[] {
  return useLiveQuery(() => fieldDefs(), []) ?? NONE;
}

/** Custom field definitions in creation order; undefined while loading. */
export function useFieldDefsLoading(): CustomFieldDef[] | undefined {
  return useLiveQuery(() => fieldDefs(), []);
}

/** Custom field definitions in key order, as stored. */
export function useStoredFieldDefs(): CustomFieldDef[] {
  return useLiveQuery(() => allFieldDefs(), []) ?? NONE;
}

/** The latest import run, live. */
export function useLastImport() {
  return useLiveQuery(() => lastImportRun(), []);
}

/** One import run (null when there is none or no id); undefined while loading. */
export function useImportRun(id: number | undefined) {
  return useLiveQuery(async () => (id ? ((await importRun(id)) ?? null) : null), [id]);
}
