import { browser } from 'wxt/browser';
import { salesLeadUrl } from '../capture/linkedin-url';
import type { FluenzrDatabase, PendingProfile } from '../db/database';
import type { Contact } from '../model';

/**
 * Where else an erased person's data sits, besides their contact and history:
 * "To complete" rows saved for them (under their public profile or under a
 * Sales Navigator lead URL), and what open tabs reported about them in
 * storage.session (the popup and side panel read it).
 */
export interface ErasedTraces {
  emails: Set<string>;
  urls: Set<string>;
}

/** Read inside the erasure's transaction, before the rows go: the URLs the person is known by. */
export async function erasedTraces(db: FluenzrDatabase, rows: Contact[]): Promise<ErasedTraces> {
  const urls = new Set<string>();
  const add = (url: string | undefined) => {
    if (!url || !/^https:\/\//i.test(url)) return;
    urls.add(url);
    const lead = salesLeadUrl(url);
    if (lead) urls.add(lead);
  };
  for (const row of rows) {
    add(row.linkedinUrl);
    add(row.source.where);
  }
  // Each capture and re-capture recorded its page: a lead page seen once still names them.
  const ids = rows.map((r) => r.id);
  if (ids.length) await db.history.where('contactId').anyOf(ids).each((entry) => add(entry.origin));
  return { emails: new Set(rows.map((r) => r.email)), urls };
}

/** The keys of the "To complete" rows that belong to these people. */
export async function pendingKeysOf(db: FluenzrDatabase, traces: ErasedTraces): Promise<string[]> {
  const matches = (row: PendingProfile) =>
    [row.linkedinUrl, row.profile.linkedinUrl, row.sourceUrl, salesLeadUrl(row.sourceUrl)].some((url) => !!url && traces.urls.has(url));
  // The list is short (profiles waiting for an email): a scan beats an index on every URL.
  return (await db.pending.filter(matches).toArray()).map((row) => row.linkedinUrl);
}

/** Drop what tabs reported about these people from storage.session (the tab reports again on its next change). */
export async function forgetPageState(traces: ErasedTraces): Promise<void> {
  if (!traces.emails.size && !traces.urls.size) return;
  const stored = await browser.storage.session.get(null);
  const stale = Object.entries(stored)
    .filter(([key, value]) => key.startsWith('page:') && mentions(value, traces))
    .map(([key]) => key);
  if (stale.length) await browser.storage.session.remove(stale);
}

function mentions(value: unknown, traces: ErasedTraces): boolean {
  const page = value as { url?: string; profile?: { email?: string; linkedinUrl?: string } | null; thread?: { people?: Array<{ email: string }> } };
  const urls = [page.url, page.profile?.linkedinUrl, page.url ? salesLeadUrl(page.url) : undefined].map((u) => u?.replace(/\/$/, ''));
  if (urls.some((url) => !!url && [...traces.urls].some((known) => known.replace(/\/$/, '') === url || sameProfile(known, url)))) return true;
  if (page.profile?.email && traces.emails.has(page.profile.email.toLowerCase())) return true;
  return !!page.thread?.people?.some((person) => traces.emails.has(person.email));
}

// https://fr.linkedin.com/in/jane-doe/?trk=x and https://www.linkedin.com/in/jane-doe are one profile.
function sameProfile(a: string, b: string): boolean {
  const slug = (url: string) => /linkedin\.com\/in\/([^/?#]+)/i.exec(url)?.[1]?.toLowerCase();
  const left = slug(a);
  return !!left && left === slug(b);
}
