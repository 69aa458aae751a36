import { readContactInfo } from './linkedin-contact-info';
import { findCard, firstOutsideSidebars, inSidebar, textAfter, visibleText } from './linkedin-dom';
import { currentPosition, readPositions } from './linkedin-experience';
import { companyFromLabel, parseHeadline } from './linkedin-headline';
import { cleanName } from './linkedin-names';
import * as SEL from './linkedin-selectors';
import { jsonLdPerson, ogTitle } from './linkedin-structured';
import { canonicalProfileUrl, isProfilePage, isSalesNavigatorUrl, LINKEDIN_ORIGIN, profileSlug } from './linkedin-url';
import { foldText } from '../text/fold';
import type { CapturedProfile } from './profile';

/**
 * Read the person on a LinkedIn profile page. Pure: (document, url) in,
 * profile out; null when the page is not one person's profile. Every field
 * tries its sources in order: structured data, stable attributes and
 * aria-labels, structure, then class names. Only the main profile card (and
 * the experience section, the contact-info overlay and <head>) is read.
 */
export function extractLinkedInProfile(doc: Document, url: string): CapturedProfile | null {
  if (!isProfilePage(url)) return null;
  const salesNav = isSalesNavigatorUrl(url);
  const slug = profileSlug(url);
  const found = findCard(doc, salesNav);
  const ld = salesNav ? undefined : jsonLdPerson(doc, slug);
  const og = salesNav ? undefined : ogTitle(doc, slug);
  const card = found?.card;
  const sn: Partial<ReturnType<typeof salesNavFields>> = salesNav && card ? salesNavFields(card) : {};

  const name = cleanName(ld?.name ?? (found && visibleText(found.heading)) ?? og?.name);
  if (!name) return null;

  let title = ld?.title ?? sn.title;
  let company = ld?.company ?? sn.company ?? (card && !salesNav ? currentCompany(card) : undefined);
  if (!salesNav && (!title || !company)) {
    const position = currentPosition(readPositions(doc), company);
    const sameCompany = !company || !position?.company || foldText(position.company) === foldText(company);
    if (position && sameCompany) {
      title ??= position.title;
      company ??= position.company;
    }
  }
  const headline = sn.headline ?? (found && textAfter(found.heading, found.card)) ?? (card && textOutsideSidebars(card, SEL.classHeadline)) ?? og?.headline;
  if (!title || !company) {
    const guess = parseHeadline(headline);
    title ??= guess.title ?? og?.title;
    company ??= guess.company ?? og?.company;
  }
  const location = sn.location ?? ld?.location ?? (card && (locationNearContactInfo(card) ?? textOutsideSidebars(card, SEL.classLocation)));
  const contact = salesNav ? {} : readContactInfo(doc, url);
  const linkedinUrl = salesNav ? publicProfileFromSalesNav(doc, card) : canonicalProfileUrl(url);

  const profile: CapturedProfile = { ...name, title, company, headline, location, ...contact, linkedinUrl };
  for (const key of Object.keys(profile) as Array<keyof CapturedProfile>) if (profile[key] === undefined) delete profile[key];
  return profile;
}

/** Sales Navigator lead page: data-anonymize attributes, inside the lead's card. */
function salesNavFields(card: Element) {
  return {
    title: textOutsideSidebars(card, SEL.salesNavTitle),
    company: textOutsideSidebars(card, SEL.salesNavCompany),
    headline: textOutsideSidebars(card, SEL.salesNavHeadline),
    location: textOutsideSidebars(card, SEL.salesNavLocation),
  };
}

/** "Current company: Acme. Click to skip…" on a button of the top card (any UI language we know). */
function currentCompany(card: Element): string | undefined {
  for (const el of card.querySelectorAll(SEL.currentCompany)) {
    const company = companyFromLabel(el.getAttribute('aria-label'));
    if (company) return company;
  }
  return undefined;
}

/**
 * The location is the text just before the contact-info link ("Lyon, France ·
 * Contact info"), whatever the classes: walk back from the link's branch.
 */
function locationNearContactInfo(card: Element): string | undefined {
  const link = card.querySelector(SEL.contactInfoLink);
  let branch: Element | null | undefined = link;
  for (let level = 0; branch && branch !== card && level < 3; level++, branch = branch.parentElement) {
    for (let sib = branch.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (sib.matches('h1, ul, button') || sib.querySelector('h1, button')) return undefined;
      const text = visibleText(sib);
      if (text && !/^[·•|]$/.test(text)) return text;
    }
  }
  return undefined;
}

/** The visible text of the first match outside sidebars. */
function textOutsideSidebars(card: Element, selector: string): string | undefined {
  return visibleText(firstOutsideSidebars(card, selector));
}

/** Sales Navigator links the public profile ("View LinkedIn profile"): prefer the card's link, then main's. */
function publicProfileFromSalesNav(doc: Document, card: Element | undefined): string | undefined {
  // The card first, then anywhere in the main area (each main root searched: the selectors are comma lists).
  const roots = [...(card ? [card] : []), ...doc.querySelectorAll(SEL.main)];
  const links = roots.flatMap((root) => [...root.querySelectorAll(SEL.salesNavPublicProfile)]);
  const link = links.find((a) => !inSidebar(a));
  return link ? canonicalProfileUrl(new URL(link.getAttribute('href')!, LINKEDIN_ORIGIN).href) : undefined;
}
