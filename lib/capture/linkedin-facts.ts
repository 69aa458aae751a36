import { readContactInfo, type ContactInfo } from './linkedin-contact-info';
import { findCard, firstOutsideSidebars, inSidebar, visibleText } from './linkedin-dom';
import { readPositions, type Position } from './linkedin-experience';
import { cardLines, type CardLines } from './linkedin-lines';
import * as SEL from './linkedin-selectors';
import { jsonLdPerson, ogTitle, pageNameSplit, type StructuredPerson } from './linkedin-structured';
import { canonicalProfileUrl, isProfilePage, isSalesNavigatorUrl, LINKEDIN_ORIGIN, profileSlug } from './linkedin-url';

/**
 * What a LinkedIn page says about its person, read from the DOM and not yet
 * interpreted: the content script reads these (small code) and the
 * background turns them into a profile (linkedin.ts: names, headline, role),
 * so the content script stays within its size budget. Plain strings only.
 */
export interface LinkedInFacts {
  salesNav: boolean;
  /** The display name as the page writes it (JSON-LD, the top card's heading, og:title). */
  displayName: string;
  /** The page's own first/last split. */
  split?: { firstName: string; lastName?: string };
  structured?: StructuredPerson & { headline?: string };
  headline?: string;
  lines?: CardLines;
  /** The top card's aria-labels with a colon ("Current company: Acme. Click…"). */
  labels: string[];
  positions: Position[];
  /** Sales Navigator's data-anonymize fields. */
  lead?: { title?: string; company?: string; location?: string };
  /** Class-name fallback for the location. */
  classLocation?: string;
  contact: ContactInfo;
  linkedinUrl?: string;
}

/** The facts of the profile at `url`, or null when the page shows no one's name there. */
export function readLinkedInFacts(doc: Document, url: string): LinkedInFacts | null {
  if (!isProfilePage(url)) return null;
  const salesNav = isSalesNavigatorUrl(url);
  const slug = profileSlug(url);
  const found = findCard(doc, salesNav);
  const ld = salesNav ? undefined : jsonLdPerson(doc, slug);
  const og = salesNav ? undefined : ogTitle(doc, slug);
  const card = found?.card;
  const displayName = ld?.name ?? (found && visibleText(found.heading)) ?? og?.name;
  if (!displayName) return null;
  const lines = found && !salesNav ? cardLines(found.heading, found.card) : undefined;
  const text = (selector: string) => (card ? visibleText(firstOutsideSidebars(card, selector)) : undefined);
  const headline = (salesNav ? text(SEL.salesNavHeadline) : visibleText(card?.querySelector(SEL.headlineAnchor))) ?? lines?.lines[0] ?? text(SEL.classHeadline) ?? og?.headline;
  return {
    salesNav,
    displayName,
    split: salesNav ? undefined : pageNameSplit(doc, slug),
    structured: ld || og ? merge(ld, og) : undefined,
    headline,
    lines,
    // Bounded as the background's schema wants them: an oversized report would be refused whole.
    labels: card ? [...card.querySelectorAll(SEL.currentCompany)].map((el) => el.getAttribute('aria-label')!.slice(0, 300)).filter((l) => l.includes(':')).slice(0, 20) : [],
    positions: salesNav ? [] : readPositions(doc).slice(0, 10),
    lead: salesNav ? { title: text(SEL.salesNavTitle), company: text(SEL.salesNavCompany), location: text(SEL.salesNavLocation) } : undefined,
    classLocation: text(SEL.classLocation),
    contact: salesNav ? {} : readContactInfo(doc, url),
    linkedinUrl: salesNav ? publicProfileFromSalesNav(doc, card) : canonicalProfileUrl(url),
  };
}

/** JSON-LD first, og:title where JSON-LD is silent. */
function merge(ld: StructuredPerson | undefined, og: (StructuredPerson & { headline?: string }) | undefined): StructuredPerson & { headline?: string } {
  const out: StructuredPerson & { headline?: string } = {};
  for (const key of ['name', 'title', 'company', 'location', 'headline'] as const) {
    const value = (ld as Record<string, string | undefined> | undefined)?.[key] ?? og?.[key as keyof typeof og];
    if (value) out[key] = value;
  }
  return out;
}

/** Sales Navigator links the public profile ("View LinkedIn profile"): prefer the card's link, then main's. */
function publicProfileFromSalesNav(doc: Document, card: Element | undefined): string | undefined {
  // The card first, then anywhere in the main area (each main root searched: the selectors are comma lists).
  const roots = [...(card ? [card] : []), ...doc.querySelectorAll(SEL.main)];
  const links = roots.flatMap((root) => [...root.querySelectorAll(SEL.salesNavPublicProfile)]);
  const link = links.find((a) => !inSidebar(a));
  return link ? canonicalProfileUrl(new URL(link.getAttribute('href')!, LINKEDIN_ORIGIN).href) : undefined;
}
