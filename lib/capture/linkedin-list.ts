import { canonicalProfileUrl, salesLeadUrl, LINKEDIN_ORIGIN } from './linkedin-url';
import { cleanName } from './linkedin-names';
import { parseHeadline } from './linkedin-headline';
import { inSidebar, tidy, visibleText } from './linkedin-dom';
import * as SEL from './linkedin-list-selectors';
import { parseDegree, type Degree } from './linkedin-degree';
import type { CapturedProfile } from './profile';

/** The fields a list shows of a person, as a profile reader names them. */
export const LISTED_FIELDS = ['fullName', 'firstName', 'lastName', 'title', 'company', 'headline', 'location'] as const;

/** One person of a list page. Plain types (no zod): the content script imports this. */
export interface ListedPerson extends Pick<CapturedProfile, (typeof LISTED_FIELDS)[number]> {
  degree?: Degree;
  /** Canonical https://www.linkedin.com/in/<slug>. */
  linkedinUrl?: string;
  /** Sales Navigator rows link to a lead page, not to the public profile. */
  leadUrl?: string;
}

/** What a list page's content script last read: the page and the people it shows. */
export interface ListReport {
  url: string;
  people: ListedPerson[];
}

export type ListVariant = (typeof SEL.CARD_VARIANTS)[number]['name'];

/** At most this many people are read from one page (LinkedIn shows 10–100). */
export const MAX_PER_PAGE = 1000;

const LIST_PATHS = [
  /^\/search\/results\/people\/?$/i,
  /^\/sales\/search\/people\/?$/i,
  /^\/sales\/lists\/people\/[^/]+\/?$/i,
  /^\/mynetwork\/invite-connect\/connections\/?$/i,
  /^\/company\/[^/]+\/people\/?$/i,
];

/** Pages that list people: searches, Sales Navigator lists, connections, a company's People tab. */
export function isListPage(url: string): boolean {
  try {
    const { hostname, pathname } = new URL(url);
    return /(^|\.)linkedin\.com$/i.test(hostname) && LIST_PATHS.some((re) => re.test(pathname));
  } catch {
    return false;
  }
}

/** The key a listed person is remembered by: the public profile, else the Sales Navigator lead. */
export const listedKey = (person: ListedPerson): string | undefined => person.linkedinUrl ?? person.leadUrl;

/**
 * The people a LinkedIn list page shows, in page order, without sidebars,
 * hidden members or duplicates; [] on any other page. Pure: reads `doc` only.
 */
export function extractLinkedInList(doc: Document, url: string): ListedPerson[] {
  if (!isListPage(url)) return [];
  const scope = doc.querySelector('main, [role="main"]') ?? doc.body;
  if (!scope) return [];
  const org = /\/company\//i.test(url) ? visibleText(doc.querySelector(SEL.ORG_NAME)) : undefined;
  for (const variant of SEL.CARD_VARIANTS) {
    const cards = outermost([...scope.querySelectorAll(variant.cards)].filter((card) => !inSidebar(card)));
    const people = dedupe(cards.map((card) => readCard(card, variant.name, org)));
    if (people.length) return people.slice(0, MAX_PER_PAGE);
  }
  return [];
}

/** Cards nested in other cards (li > div.entity-result) count once. */
function outermost(cards: Element[]): Element[] {
  const set = new Set(cards);
  return cards.filter((card) => {
    for (let up = card.parentElement; up; up = up.parentElement) if (set.has(up)) return false;
    return true;
  });
}

function dedupe(people: Array<ListedPerson | undefined>): ListedPerson[] {
  const seen = new Set<string>();
  const out: ListedPerson[] = [];
  for (const person of people) {
    const key = person && listedKey(person);
    if (!person || !key || seen.has(key)) continue;
    seen.add(key);
    out.push(person);
  }
  return out;
}

function readCard(card: Element, variant: ListVariant, org: string | undefined): ListedPerson | undefined {
  const links = identity(card);
  if (!links.linkedinUrl && !links.leadUrl) return undefined;
  const raw = nameText(card, variant);
  if (!raw || SEL.HIDDEN_MEMBER.test(raw)) return undefined;
  const name = cleanName(raw);
  if (!name) return undefined;
  const lines = variant === 'sdui' ? textLines(card, raw) : [];
  const headline = visibleText(card.querySelector(SEL.HEADLINE)) ?? lines[0];
  const location = visibleText(card.querySelector(SEL.LOCATION)) ?? lines[1];
  const title = visibleText(card.querySelector(SEL.TITLE));
  const company = visibleText(card.querySelector(SEL.COMPANY));
  const role = title || company ? { title, company } : parseHeadline(headline);
  const person: ListedPerson = {
    ...name,
    ...role,
    company: role.company ?? org,
    headline: title && company ? undefined : headline,
    location,
    degree: degreeOf(card),
    ...links,
  };
  return prune(person);
}

function identity(card: Element): Pick<ListedPerson, 'linkedinUrl' | 'leadUrl'> {
  for (const a of card.querySelectorAll(SEL.PROFILE_LINK)) {
    const linkedinUrl = canonicalProfileUrl(a.getAttribute('href') ?? '');
    if (linkedinUrl) return { linkedinUrl };
  }
  const lead = card.querySelector(SEL.LEAD_LINK)?.getAttribute('href');
  if (lead) {
    try {
      return { leadUrl: salesLeadUrl(new URL(lead, LINKEDIN_ORIGIN).href) };
    } catch {
      // A malformed href is no identity.
    }
  }
  return {};
}

function nameText(card: Element, variant: ListVariant): string | undefined {
  const named = visibleText(card.querySelector(SEL.NAME));
  if (named || variant === 'salesnav') return named;
  // Generated class names (server-driven, hashed classic): the first profile link that carries text is the name.
  for (const a of card.querySelectorAll(SEL.PROFILE_LINK)) {
    const text = visibleText(a);
    if (text && text.length <= 120 && !/\n/.test(text)) return text;
  }
  return undefined;
}

/** Server-driven cards: the text lines after the name (headline, then location), degree markers skipped. */
function textLines(card: Element, name: string): string[] {
  const out: string[] = [];
  for (const p of card.querySelectorAll('p')) {
    const text = tidy(p.textContent);
    if (!text || text.startsWith(name) || parseDegree(text) || /^(current|actuel|past|passé)\s*:/i.test(text)) continue;
    out.push(text);
  }
  return out;
}

function degreeOf(card: Element): Degree | undefined {
  for (const el of card.querySelectorAll(SEL.DEGREE)) {
    const degree = parseDegree(visibleText(el));
    if (degree) return degree;
  }
  for (const el of card.querySelectorAll('span, p')) {
    if (el.childElementCount === 0) {
      const degree = parseDegree(el.textContent ?? undefined);
      if (degree) return degree;
    }
  }
  return undefined;
}

function prune(person: ListedPerson): ListedPerson {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(person)) if (value !== undefined && value !== '') out[key] = value;
  return out as unknown as ListedPerson;
}
