import { findCard } from './linkedin-dom';
import { readLinkedInFacts } from './linkedin-facts';
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
 * for a moment the new URL shows the previous person's card. Facts read at a
 * new URL that still carry the previous person's name are reported as
 * nothing, until the card changes or proves it belongs to the new URL. The
 * background makes the profile from the facts (settleLinkedInReport).
 */
export function createLinkedInReader(): (doc: Document, url: string) => PageReport {
  let shown: { key: string | undefined; name: string } | undefined;
  return (doc, url) => {
    const report: PageReport = { url, method: isSalesNavigatorUrl(url) ? 'salesnav' : 'linkedin', profile: null };
    const facts = readLinkedInFacts(doc, url);
    if (!facts) return report;
    const key = personKey(url);
    if (shown && shown.key !== key && shown.name === facts.displayName && !cardLinksProfile(doc, url)) return report;
    shown = { key, name: facts.displayName };
    return { ...report, linkedin: facts };
  };
}
