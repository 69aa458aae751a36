import { z } from '../zod';
import { getDb } from '../db/database';
import type { Group } from '../model';
import { changeInChunks } from './bulk';

export const GROUP_COLORS = ['#6366f1', '#0ea5e9', '#10b981', '#f59e0b', '#ef4444', '#ec4899', '#8b5cf6', '#64748b'] as const;

const name = z.string().trim().min(1).max(80);
const color = z.string().regex(/^#[0-9a-f]{6}$/i);
export const GroupInputSchema = z.object({ name, color });
export const GroupPatchSchema = z.object({ id: z.number().int().positive(), name: name.optional(), color: color.optional() });

/** Group names are unique (ignoring case): "duplicate_group" otherwise. */
async function assertFreeName(groupName: string, exceptId?: number): Promise<void> {
  const folded = groupName.toLocaleLowerCase();
  const clash = await getDb()
    .groups.filter((g) => g.id !== exceptId && g.name.toLocaleLowerCase() === folded)
    .first();
  if (clash) throw new Error('duplicate_group');
}

export async function createGroup(input: z.infer<typeof GroupInputSchema>): Promise<Group> {
  const db = getDb();
  return db.transaction('rw', db.groups, async () => {
    await assertFreeName(input.name);
    const group = { name: input.name, color: input.color.toLowerCase(), createdAt: Date.now() };
    const id = (await db.groups.add(group as Group)) as number;
    return { ...group, id };
  });
}

export async function updateGroup({ id, ...patch }: z.infer<typeof GroupPatchSchema>): Promise<Group> {
  const db = getDb();
  return db.transaction('rw', db.groups, async () => {
    const group = await db.groups.get(id);
    if (!group) throw new Error('not_found');
    if (patch.name !== undefined) await assertFreeName(patch.name, id);
    const next = { ...group, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
    await db.groups.put(next);
    return next;
  });
}

/** Delete a group; its contacts stay, without it. Returns how many contacts left the group. */
export async function deleteGroup(id: number): Promise<number> {
  const db = getDb();
  const members = (await db.contacts.where('groupIds').equals(id).primaryKeys()) as number[];
  const { changed } = await changeInChunks(members, (contact) => {
    const groupIds = contact.groupIds.filter((g) => g !== id);
    return { next: { ...contact, groupIds }, kind: 'edited', changes: { groupIds: [contact.groupIds, groupIds] } };
  });
  await db.groups.delete(id);
  return changed;
}
