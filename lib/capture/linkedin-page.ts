import { extractLinkedInProfile } from './linkedin';
import { findCard } from './linkedin-dom';
import { isSalesNavigatorUrl, profileSlug, salesLeadUrl } from './linkedin-url';
import type { PageReport } from './profile';

/** Which person a URL is about: the profile slug, or the Sales Navigator lead. */
export function personKey(url: string): string | undefined {
  return profileSlug(url) ?? salesLeadUrl(url);
}

/** The card links its own profile (contact info, "about this profile"): proof it shows the person at `url`. */
export function cardLinksProfile(doc: Document, url: string): boolean {
  const slug = profileSlug(url);
  const card = findCard(doc, isSalesNavigatorUrl(url))?.card;
  if (!slug || !card) return false;
  for (const link of card.querySelectorAll('a[href*="/in/"]')) {
    if (profileSlug(link.getAttribute('href') ?? '') === slug) return true;
  }
  return false;
}

/**
 * A reader for the LinkedIn content script. LinkedIn swaps profiles in place:
 * for a moment the new URL shows the previous person's card. A profile read
 * at a new URL that still carries the previous person's name is reported as
 * nothing, until the card changes or proves it belongs to the new URL.
 */
export function createLinkedInReader(): (doc: Document, url: string) => PageReport {
  let shown: { key: string | undefined; name: string } | undefined;
  return (doc, url) => {
    const report: PageReport = { url, method: isSalesNavigatorUrl(url) ? 'salesnav' : 'linkedin', profile: extractLinkedInProfile(doc, url) };
    if (!report.profile) return report;
    const key = personKey(url);
    const stale = shown && shown.key !== key && shown.name === report.profile.fullName && !cardLinksProfile(doc, url);
    if (stale) return { ...report, profile: null };
    shown = { key, name: report.profile.fullName };
    return report;
  };
}
