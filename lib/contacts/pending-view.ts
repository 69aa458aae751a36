import type { PendingProfile } from '../db/database';
import { foldText } from '../text/fold';

/** The manager's To complete filters: words in name, title or company; one company; one tag. */
export interface PendingFilter {
  query?: string;
  company?: string;
  tag?: string;
}

/** A company as To complete groups people: the folded name, so "ACME" and "Acme" are one. */
export const companyKey = (company: string | undefined) => foldText(company?.trim() ?? '');

/**
 * The entries a filter keeps, newest first. To complete is read whole (a few
 * thousand small rows; no plan counter or index walk depends on it), so the
 * filter runs in memory: 5,000 rows filter in a few milliseconds.
 */
export function filterPending(rows: PendingProfile[], filter: PendingFilter): PendingProfile[] {
  const words = foldText(filter.query ?? '').split(/\s+/).filter(Boolean);
  const company = filter.company ? companyKey(filter.company) : undefined;
  return rows
    .filter((row) => {
      if (company !== undefined && companyKey(row.profile.company) !== company) return false;
      if (filter.tag && !row.tags?.includes(filter.tag)) return false;
      if (!words.length) return true;
      const text = foldText([row.profile.fullName, row.profile.title, row.profile.company, row.profile.headline].filter(Boolean).join(' '));
      return words.every((w) => text.includes(w));
    })
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Companies of the waiting people with how many wait at each, most first (for the filter and bulk suggestions). */
export function pendingCompanies(rows: PendingProfile[]): Array<{ company: string; count: number }> {
  const byKey = new Map<string, { company: string; count: number }>();
  for (const row of rows) {
    const name = row.profile.company?.trim();
    if (!name) continue;
    const entry = byKey.get(companyKey(name)) ?? { company: name, count: 0 };
    entry.count++;
    byKey.set(companyKey(name), entry);
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.company.localeCompare(b.company));
}

export function pendingTags(rows: PendingProfile[]): string[] {
  return [...new Set(rows.flatMap((row) => row.tags ?? []))].sort((a, b) => a.localeCompare(b));
}
