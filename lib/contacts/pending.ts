import { salesLeadUrl } from '../capture/linkedin-url';
import { draftFromProfile } from '../capture/draft';
import type { CapturedProfile } from '../capture/profile';
import { getDb, type PendingProfile } from '../db/database';
import { ContactError } from './errors';
import { upsertByEmail, type UpsertResult } from './repository';

export interface PendingInput {
  profile: CapturedProfile;
  sourceUrl: string;
  method: PendingProfile['method'];
}

/** The key of the "To complete" list: the public profile, else the Sales Navigator lead. */
export function pendingKey(profile: CapturedProfile, sourceUrl: string): string | undefined {
  return profile.linkedinUrl ?? salesLeadUrl(sourceUrl);
}

/** Keep a profile without an email in "To complete" (not a contact, not counted by the plan). */
export async function savePending({ profile, sourceUrl, method }: PendingInput): Promise<PendingProfile> {
  const linkedinUrl = pendingKey(profile, sourceUrl);
  if (!linkedinUrl) throw new ContactError('invalid', 'invalid: no profile URL to remember this person by');
  // What was uncertain is shown on the capture card before saving; the stored row keeps text fields only.
  const { uncertain: _uncertain, ...fields } = profile;
  const db = getDb();
  return db.transaction('rw', db.pending, async () => {
    const existing = await db.pending.get(linkedinUrl);
    const now = Date.now();
    const row: PendingProfile = {
      linkedinUrl,
      profile: { ...fields },
      sourceUrl,
      method,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      ...(existing?.tags && { tags: existing.tags }),
      ...(existing?.groupIds && { groupIds: existing.groupIds }),
    };
    await db.pending.put(row);
    return row;
  });
}

/**
 * An email was found: the profile becomes a contact through the normal
 * upsert (merge rules, plan limit, suppression list), then leaves the list.
 * A refused or invalid upsert keeps it waiting.
 */
export async function completePending(linkedinUrl: string, email: string): Promise<UpsertResult> {
  const row = await getDb().pending.get(linkedinUrl);
  if (!row) throw new ContactError('not_found');
  const profile = row.profile as unknown as CapturedProfile;
  // The row leaves the list in the write's own transaction, only if the contact was written.
  const draft = { ...draftFromProfile(profile, email, row.sourceUrl, row.method, row.updatedAt), tags: row.tags, groupIds: row.groupIds };
  return upsertByEmail(draft, { policy: 'refresh', pendingKey: linkedinUrl });
}

export async function removePending(linkedinUrl: string): Promise<boolean> {
  const db = getDb();
  return db.transaction('rw', db.pending, async () => {
    const existed = (await db.pending.get(linkedinUrl)) !== undefined;
    await db.pending.delete(linkedinUrl);
    return existed;
  });
}

/** Newest first, bounded: the list a popup shows. */
export function pendingProfiles(limit = 50): Promise<PendingProfile[]> {
  return getDb().pending.orderBy('updatedAt').reverse().limit(limit).toArray();
}
