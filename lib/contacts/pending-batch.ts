import { LISTED_FIELDS, listedKey, type ListedPerson } from '../capture/linkedin-list';
import type { PendingBatchInput } from '../capture/list-schema';
import { getDb, type PendingProfile } from '../db/database';
import { ContactError } from './errors';

export interface PendingBatchResult {
  /** New entries in To complete. */
  added: number;
  /** People already waiting there: refreshed, the tag and group added. */
  updated: number;
  /** Already contacts (same profile URL): left as they are. */
  known: number;
}

/** What a listed person keeps while waiting (the same shape as a captured profile). */
function profileOf(person: ListedPerson): PendingProfile['profile'] {
  const fields = [...LISTED_FIELDS, 'linkedinUrl'] as const;
  return Object.fromEntries(fields.flatMap((key) => (person[key] === undefined ? [] : [[key, person[key]]])));
}

const union = <T>(a: T[] | undefined, b: T | undefined): T[] | undefined => {
  const out = [...(a ?? [])];
  if (b !== undefined && !out.includes(b)) out.push(b);
  return out.length ? out : undefined;
};

/**
 * Save the people ticked on a list page into To complete, with the tag and
 * group chosen in the panel: one transaction for the whole batch, so it is
 * all saved or nothing is. People who already are contacts are skipped;
 * people already waiting keep their first date and gain the tag and group.
 */
export async function savePendingBatch({ people, sourceUrl, tag, groupId }: PendingBatchInput): Promise<PendingBatchResult> {
  const db = getDb();
  const method: PendingProfile['method'] = people.some((p) => !p.linkedinUrl) || /\/sales\//.test(sourceUrl) ? 'salesnav' : 'linkedin';
  return db.transaction('rw', [db.pending, db.contacts, db.groups], async () => {
    if (groupId !== undefined && !(await db.groups.get(groupId))) throw new ContactError('not_found', 'not_found: group');
    const byKey = new Map<string, ListedPerson>();
    for (const person of people) {
      const key = listedKey(person);
      if (key && !byKey.has(key)) byKey.set(key, person);
    }
    const keys = [...byKey.keys()];
    const profileUrls = keys.filter((k) => k.includes('/in/'));
    const contacts = profileUrls.length ? await db.contacts.where('linkedinUrl').anyOf(profileUrls).toArray() : [];
    const known = new Set(contacts.map((c) => c.linkedinUrl));
    const waiting = await db.pending.bulkGet(keys);
    const now = Date.now();
    const rows: PendingProfile[] = [];
    let added = 0;
    keys.forEach((key, i) => {
      if (known.has(key)) return;
      const existing = waiting[i];
      if (!existing) added++;
      rows.push({
        linkedinUrl: key,
        profile: { ...existing?.profile, ...profileOf(byKey.get(key)!) },
        sourceUrl,
        method,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
        ...optional('tags', union(existing?.tags, tag)),
        ...optional('groupIds', union(existing?.groupIds, groupId)),
      });
    });
    await db.pending.bulkPut(rows);
    return { added, updated: rows.length - added, known: known.size };
  });
}

const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

export type Known = 'contact' | 'pending';

/** Which of these people the base already holds: as a contact (by profile URL) or waiting in To complete. */
export async function knownPeople(keys: string[]): Promise<Map<string, Known>> {
  const db = getDb();
  const out = new Map<string, Known>();
  if (!keys.length) return out;
  const waiting = await db.pending.bulkGet(keys);
  keys.forEach((key, i) => waiting[i] && out.set(key, 'pending'));
  const contacts = await db.contacts.where('linkedinUrl').anyOf(keys.filter((k) => k.includes('/in/'))).toArray();
  for (const contact of contacts) if (contact.linkedinUrl) out.set(contact.linkedinUrl, 'contact');
  return out;
}
