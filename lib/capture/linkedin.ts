import { readLinkedInFacts, type LinkedInFacts } from './linkedin-facts';
import { companyFromLabel } from './linkedin-headline';
import { cleanName, type CleanName } from './linkedin-names';
import { resolveRole } from './linkedin-role';
import type { CapturedProfile, PageReport, UncertainField } from './profile';

/**
 * Read the person on a LinkedIn profile page. Pure: (document, url) in,
 * profile out; null when the page is not one person's profile (not found,
 * auth wall, guest home: a sentence is never a name). Every field tries its
 * sources in order: structured data (JSON-LD, meta, embedded JSON), stable
 * anchors (componentkey, data attributes, aria-labels, links), the top
 * card's structure, then class names. Guesses are listed in `uncertain`.
 * Only the main profile card (and the experience section, the contact-info
 * overlay and <head>) is read.
 */
export function extractLinkedInProfile(doc: Document, url: string): CapturedProfile | null {
  const facts = readLinkedInFacts(doc, url);
  return facts && profileFromFacts(facts);
}

/** The content script sends facts; the background makes the profile (see linkedin-facts.ts). */
export function settleLinkedInReport(report: PageReport): PageReport {
  if (!report.linkedin) return report;
  const { linkedin, ...rest } = report;
  return { ...rest, profile: profileFromFacts(linkedin) };
}

/** Names cleaned and split, title and company resolved, guesses marked. */
export function profileFromFacts(facts: LinkedInFacts): CapturedProfile | null {
  const name = cleanName(facts.displayName);
  if (!name) return null;
  const uncertain: UncertainField[] = [];
  const names = facts.salesNav ? name : withPageSplit(name, facts.split, uncertain);
  const { structured: ld, lead, lines } = facts;
  const role = lead
    ? { title: lead.title, company: lead.company, uncertain: [] }
    : resolveRole({
        title: ld?.title,
        company: ld?.company,
        labelCompany: facts.labels.map(companyFromLabel).find(Boolean),
        lines,
        headline: facts.headline,
        positions: facts.positions,
      });
  uncertain.push(...role.uncertain);
  const lineLocation = lines?.endsAtContact && lines.lines.length > 1 ? lines.lines.at(-1) : undefined;
  const location = lead?.location ?? ld?.location ?? lineLocation ?? facts.classLocation;
  const profile: CapturedProfile = { ...names, title: role.title, company: role.company, headline: facts.headline, location, ...facts.contact, linkedinUrl: facts.linkedinUrl };
  if (uncertain.length) profile.uncertain = uncertain;
  for (const key of Object.keys(profile) as Array<keyof CapturedProfile>) if (profile[key] === undefined) delete profile[key];
  return profile;
}

/**
 * The page's own first/last split beats splitting the display name ("Sri Lalitha" is one first name).
 * Without it, a name of three words or more is split by guess: marked for the user to check.
 */
function withPageSplit(name: CleanName, split: LinkedInFacts['split'], uncertain: UncertainField[]): CleanName {
  const joined = split && [split.firstName, split.lastName].filter(Boolean).join(' ');
  if (split && joined && name.fullName.toLowerCase().includes(joined.toLowerCase())) return { ...name, firstName: split.firstName, lastName: split.lastName };
  if (name.fullName.split(' ').length >= 3 && !/\s(?:de|da|di|du|del|van|von|der|le|la)\s/i.test(name.fullName)) uncertain.push('firstName', 'lastName');
  return name;
}
