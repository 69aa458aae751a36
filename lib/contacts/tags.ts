import { z } from '../zod';
import { getDb, type FluenzrDatabase } from '../db/database';
import { changeInChunks, TagSchema } from './bulk';
import { countByTag, tagsInUse } from './counts';

export const RenameTagSchema = z.object({ from: TagSchema, to: TagSchema });

/** Every tag in use (one counter per tag that some contact carries), in alphabetical order. */
export async function allTags(db: FluenzrDatabase): Promise<string[]> {
  const tags = await tagsInUse(db);
  return tags.sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
}

/** How many contacts carry a tag (from the maintained counters). */
export async function tagCount(db: FluenzrDatabase, tag: string): Promise<number> {
  return (await countByTag(db, [tag]))[0]!;
}

/**
 * Rename a tag on every contact that has it. Renaming into a tag that
 * exists merges the two. Returns how many contacts changed.
 */
export async function renameTag(from: string, to: string): Promise<number> {
  if (from === to) return 0;
  const db = getDb();
  const ids = (await db.contacts.where('tags').equals(from).primaryKeys()) as number[];
  const { changed } = await changeInChunks(ids, (contact) => {
    if (!contact.tags.includes(from)) return null;
    const tags = [...new Set(contact.tags.map((tag) => (tag === from ? to : tag)))];
    return { next: { ...contact, tags }, kind: 'edited', changes: { tags: [contact.tags, tags] } };
  });
  return changed;
}
