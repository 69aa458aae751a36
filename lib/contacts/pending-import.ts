import { draftFromProfile } from '../capture/draft';
import { emailFromPattern, type EmailPattern } from '../capture/email-guesses';
import { canonicalProfileUrl, salesLeadUrl } from '../capture/linkedin-url';
import type { CapturedProfile } from '../capture/profile';
import { getDb, type PendingProfile } from '../db/database';
import type { Settings } from '../model';
import { bulkUpsert, type BulkItem, type BulkReport } from './bulk-upsert';
import { findByEmail } from './repository';

/** The tag a contact made from a suggested (pattern-built) address carries until someone checks it. */
export const UNVERIFIED_EMAIL_TAG = 'email-unverified';

/** The To complete key a LinkedIn URL from a file names (any form LinkedIn or an enrichment tool writes). */
export function pendingKeyOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const absolute = /^https?:\/\//i.test(url) ? url : `https://${url.replace(/^\/+/, '')}`;
  return canonicalProfileUrl(absolute) ?? salesLeadUrl(absolute.replace(/^http:/i, 'https:'));
}

const union = <T>(a: T[] | undefined, b: T[] | undefined) => {
  const all = [...new Set([...(a ?? []), ...(b ?? [])])];
  return all.length ? all : undefined;
};

/** Matches between import rows and waiting entries: the row's email → the entry's key. */
export type PendingMatches = Map<string, string>;

/**
 * Import rows whose LinkedIn URL names someone waiting in To complete take
 * that entry's names, role, tag and group where the file says nothing (the
 * file's values win), so an enrichment tool's file needs only URL and email.
 */
export async function withPending(items: BulkItem[]): Promise<{ items: BulkItem[]; matches: PendingMatches }> {
  const keys = items.map((item) => pendingKeyOf(item.draft.linkedinUrl));
  const wanted = [...new Set(keys.filter((k): k is string => !!k))];
  const matches: PendingMatches = new Map();
  if (!wanted.length || !(await getDb().pending.count())) return { items, matches };
  const rows = new Map((await getDb().pending.bulkGet(wanted)).flatMap((row) => (row ? [[row.linkedinUrl, row] as const] : [])));
  const out = items.map((item, i) => {
    const row = keys[i] ? rows.get(keys[i]!) : undefined;
    if (!row) return item;
    if (typeof item.draft.email === 'string') matches.set(item.draft.email.trim().toLowerCase(), row.linkedinUrl);
    const p = row.profile;
    const draft = {
      ...item.draft,
      firstName: item.draft.firstName || p.firstName,
      lastName: item.draft.lastName || p.lastName,
      company: item.draft.company || p.company,
      title: item.draft.title || p.title,
      linkedinUrl: row.linkedinUrl,
      tags: union(item.draft.tags, row.tags),
      groupIds: union(item.draft.groupIds, row.groupIds),
    };
    return { ...item, draft };
  });
  return { items: out, matches };
}

/** Entries whose email now belongs to a contact leave To complete; refused rows (suppressed, over the plan) keep waiting. */
export async function settleMatches(matches: PendingMatches): Promise<number> {
  let settled = 0;
  for (const [email, key] of matches) {
    if (await findByEmail(email)) {
      await getDb().pending.delete(key);
      settled++;
    }
  }
  return settled;
}

export interface SuggestResult {
  report: BulkReport;
  /** Entries whose names cannot make an address under the pattern (a missing last name). */
  skipped: number;
  settled: number;
}

/**
 * "Suggest emails" for one company: the pattern the user picked, applied to
 * every entry given, each made a contact through the import rules (merge,
 * suppression list, plan limit) and tagged unverified.
 */
export async function suggestEmails(rows: PendingProfile[], pattern: EmailPattern, domain: string, settings: Settings): Promise<SuggestResult> {
  const items: BulkItem[] = [];
  const matches: PendingMatches = new Map();
  rows.forEach((row, line) => {
    const profile = row.profile as unknown as CapturedProfile;
    const email = emailFromPattern(pattern, profile.firstName, profile.lastName, domain);
    if (!email) return;
    const draft = draftFromProfile({ ...profile, linkedinUrl: profile.linkedinUrl ?? row.linkedinUrl }, email, row.sourceUrl, row.method, row.updatedAt);
    items.push({ line: line + 1, draft: { ...draft, tags: union(row.tags, [UNVERIFIED_EMAIL_TAG]), groupIds: row.groupIds } });
    matches.set(email, row.linkedinUrl);
  });
  const report = await bulkUpsert(items, { policy: 'fill', settings, origin: 'To complete' });
  return { report, skipped: rows.length - items.length, settled: await settleMatches(matches) };
}
