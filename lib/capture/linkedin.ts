import { canonicalProfileUrl } from './linkedin-url';
import type { CapturedProfile } from './profile';

/**
 * Read the person on a LinkedIn profile page. Pure: (document, url) in,
 * profile out; null when the page is not a person's profile.
 *
 * First version (foundation): name from the top card's h1, headline below
 * it. The full extractor with every page variant replaces this.
 */
export function extractLinkedInProfile(doc: Document, url: string): CapturedProfile | null {
  const linkedinUrl = canonicalProfileUrl(url);
  if (!linkedinUrl) return null;
  const main = doc.querySelector('main') ?? doc.body;
  const fullName = clean(main?.querySelector('h1')?.textContent);
  if (!fullName) return null;
  const headline = clean(main?.querySelector('.text-body-medium')?.textContent);
  const [firstName, ...rest] = fullName.split(' ');
  return {
    fullName,
    firstName,
    lastName: rest.join(' ') || undefined,
    headline,
    linkedinUrl,
  };
}

function clean(text: string | null | undefined): string | undefined {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value ? value.slice(0, 500) : undefined;
}
