import { getDb } from '../db/database';
import { allTags } from '../contacts/tags';
import { countFieldHolders, listFieldDefs } from '../customFields/repository';

/** Reads of groups, tags, custom fields, imports and To complete, for the pages' hooks (components/hooks). */
export const groupsByName = () => getDb().groups.orderBy('name').toArray();
export const allGroups = () => getDb().groups.toArray();
export const tagsInUse = () => allTags(getDb());
export const fieldDefs = () => listFieldDefs(getDb());
export const allFieldDefs = () => getDb().fieldDefs.toArray();
export const countFieldValues = (key: string) => countFieldHolders(getDb(), key);
export const tagKeys = () =>
  getDb()
    .contacts.orderBy('tags')
    .uniqueKeys()
    .then((keys) => keys.map(String));
export const lastImportRun = () => getDb().imports.orderBy('startedAt').last();
export const importRun = (id: number) => getDb().imports.get(id);
export const allPending = () => getDb().pending.toArray();
export const countPending = () => getDb().pending.count();
export const isPending = async (key: string) => (await getDb().pending.get(key)) !== undefined;
