import { describe, expect, it } from 'vitest';
import { extractLinkedInProfile } from '../../../lib/capture/linkedin';
import type { CapturedProfile } from '../../../lib/capture/profile';
import { loadFixture } from './fixtures';

/** Every page variant we know, with exactly what must come out of it. */
const CASES: Array<{ variant: string; fixture: string; url: string; expected: CapturedProfile | null }> = [
  {
    variant: 'classic logged-in profile (experience, current-company button, pronouns, degree, sidebar)',
    fixture: 'classic-logged-in.html',
    url: 'https://www.linkedin.com/in/jane-doe/?miniProfileUrn=urn%3Ali',
    expected: {
      fullName: 'Jane Doe',
      firstName: 'Jane',
      lastName: 'Doe',
      title: 'Vice President, Sales',
      company: 'Acme Robotics',
      headline: 'VP Sales at Acme Robotics | Robots for small factories',
      location: 'Lyon, Auvergne-Rhône-Alpes, France',
      linkedinUrl: 'https://www.linkedin.com/in/jane-doe',
    },
  },
  {
    variant: 'foundation classic fixture (headline only)',
    fixture: 'classic-profile.html',
    url: 'https://www.linkedin.com/in/jane-doe/',
    expected: {
      fullName: 'Jane Doe',
      firstName: 'Jane',
      lastName: 'Doe',
      title: 'VP Sales',
      company: 'Acme Robotics',
      headline: 'VP Sales at Acme Robotics',
      location: 'Lyon, Auvergne-Rhône-Alpes, France',
      linkedinUrl: 'https://www.linkedin.com/in/jane-doe',
      uncertain: ['title', 'company'],
    },
  },
  {
    variant: 'generated class names, grouped roles at one company',
    fixture: 'generated-classes.html',
    url: 'https://www.linkedin.com/in/marc-lefevre-8a2b3c/',
    expected: {
      fullName: 'Marc Lefèvre',
      firstName: 'Marc',
      lastName: 'Lefèvre',
      title: 'Head of Partnerships',
      company: 'Northwind Traders',
      headline: 'Building partnerships that last',
      location: 'Brussels Metropolitan Area',
      linkedinUrl: 'https://www.linkedin.com/in/marc-lefevre-8a2b3c',
    },
  },
  {
    variant: 'logged-out public profile (JSON-LD Person, og:title, country subdomain)',
    fixture: 'public-profile.html',
    url: 'https://fr.linkedin.com/in/sophie-bernard-12345?trk=public_profile',
    expected: {
      fullName: 'Sophie Bernard',
      firstName: 'Sophie',
      lastName: 'Bernard',
      title: 'Chief Marketing Officer',
      company: 'Globex',
      headline: 'CMO at Globex | Brand builder',
      location: 'Paris',
      linkedinUrl: 'https://www.linkedin.com/in/sophie-bernard-12345',
    },
  },
  {
    variant: 'Sales Navigator lead page, mapped to the public profile',
    fixture: 'salesnav-lead.html',
    url: 'https://www.linkedin.com/sales/lead/ACwAAB12345,NAME_SEARCH,x1Y2?_ntb=abc',
    expected: {
      fullName: 'Thomas Müller',
      firstName: 'Thomas',
      lastName: 'Müller',
      title: 'Head of Procurement',
      company: 'Contoso GmbH',
      headline: 'Head of Procurement bei Contoso GmbH | Supply chain',
      location: 'Munich, Bavaria, Germany',
      linkedinUrl: 'https://www.linkedin.com/in/thomas-mueller-contoso',
    },
  },
  {
    variant: 'contact-info overlay: email, phone and website',
    fixture: 'contact-info-overlay.html',
    url: 'https://www.linkedin.com/in/jane-doe/overlay/contact-info/',
    expected: {
      fullName: 'Jane Doe',
      firstName: 'Jane',
      lastName: 'Doe',
      title: 'VP Sales',
      company: 'Acme Robotics',
      headline: 'VP Sales at Acme Robotics',
      location: 'Lyon, Auvergne-Rhône-Alpes, France',
      email: 'jane.doe@acme-robotics.com',
      phone: '+33 6 12 34 56 78',
      website: 'https://www.acme-robotics.com/',
      linkedinUrl: 'https://www.linkedin.com/in/jane-doe',
      uncertain: ['title'],
    },
  },
  {
    variant: 'French UI ("Entreprise actuelle :", "chez", "2e", percent-encoded slug)',
    fixture: 'french-ui.html',
    url: 'https://fr.linkedin.com/in/%C3%A9lodie-martin/',
    expected: {
      fullName: 'Élodie Martin',
      firstName: 'Élodie',
      lastName: 'Martin',
      title: 'Directrice commerciale',
      company: 'Exemple SA',
      headline: 'Directrice commerciale chez Exemple SA – Logiciels pour l’industrie',
      location: 'Lyon, Auvergne-Rhône-Alpes, France',
      linkedinUrl: 'https://www.linkedin.com/in/%C3%A9lodie-martin',
      uncertain: ['title'],
    },
  },
  {
    variant: 'name with honorific, credentials, emoji, pronouns and degree; "@" headline',
    fixture: 'names-credentials.html',
    url: 'https://ie.linkedin.com/in/sean-oneill',
    expected: {
      fullName: "Seán O'Neill",
      firstName: 'Seán',
      lastName: "O'Neill",
      title: 'Founder',
      company: 'Quantum Leap Analytics',
      headline: 'Founder @ Quantum Leap Analytics · Angel investor',
      location: 'Dublin, County Dublin, Ireland',
      linkedinUrl: 'https://www.linkedin.com/in/sean-oneill',
      honorific: 'Dr.',
      uncertain: ['title', 'company'],
    },
  },
  {
    variant: 'hyphenated first name and particles, flag emoji, "|" headline, no classes at all',
    fixture: 'names-particles.html',
    url: 'https://www.linkedin.com/in/jbdelatour/',
    expected: {
      fullName: 'Jean-Baptiste de La Tour',
      firstName: 'Jean-Baptiste',
      lastName: 'de La Tour',
      title: 'CTO',
      company: 'Fintech Corp',
      headline: 'CTO | Fintech Corp',
      linkedinUrl: 'https://www.linkedin.com/in/jbdelatour',
      uncertain: ['title', 'company'],
    },
  },
  {
    variant: '"People also viewed" sidebar before the card: nothing leaks',
    fixture: 'people-also-viewed.html',
    url: 'https://www.linkedin.com/in/claire-dubois/',
    expected: { fullName: 'Claire Dubois', firstName: 'Claire', lastName: 'Dubois', linkedinUrl: 'https://www.linkedin.com/in/claire-dubois' },
  },
  { variant: 'company page (not a person)', fixture: 'company-page.html', url: 'https://www.linkedin.com/company/acme-robotics/', expected: null },
  { variant: 'feed (not a profile)', fixture: 'second-profile.html', url: 'https://www.linkedin.com/feed/', expected: null },
  { variant: 'profile route still loading', fixture: 'profile-loading.html', url: 'https://www.linkedin.com/in/jane-doe/', expected: null },
  { variant: 'profile sub-page (activity)', fixture: 'classic-logged-in.html', url: 'https://www.linkedin.com/in/jane-doe/recent-activity/all/', expected: null },
];

describe('extractLinkedInProfile', () => {
  it.each(CASES)('$variant', ({ fixture, url, expected }) => {
    expect(extractLinkedInProfile(loadFixture(fixture), url)).toEqual(expected);
  });

  it('never returns a value seen only in a sidebar', () => {
    const profile = extractLinkedInProfile(loadFixture('people-also-viewed.html'), 'https://www.linkedin.com/in/claire-dubois/');
    expect(JSON.stringify(profile)).not.toMatch(/Mallory|Evil|New York|Bob|Other Corp/);
  });

  it('does not read an email outside the contact-info overlay', () => {
    const profile = extractLinkedInProfile(loadFixture('classic-logged-in.html'), 'https://www.linkedin.com/in/jane-doe/');
    expect(profile?.email).toBeUndefined();
  });

  it('ignores JSON-LD and og:title describing another profile (stale <head> after an SPA move)', () => {
    const doc = loadFixture('public-profile.html');
    doc.querySelector('main')!.remove();
    expect(extractLinkedInProfile(doc, 'https://www.linkedin.com/in/someone-else/')).toBeNull();
  });

  it('keeps the Sales Navigator profile without a URL when the page links no public profile', () => {
    const doc = loadFixture('salesnav-lead.html');
    doc.querySelectorAll('a[href*="/in/"]').forEach((a) => a.remove());
    const profile = extractLinkedInProfile(doc, 'https://www.linkedin.com/sales/lead/ACwAAB12345,NAME_SEARCH,x1Y2');
    expect(profile).toMatchObject({ fullName: 'Thomas Müller', company: 'Contoso GmbH' });
    expect(profile?.linkedinUrl).toBeUndefined();
  });

  it('finds the Sales Navigator public profile linked elsewhere in the main area, never in the sidebar', () => {
    const doc = loadFixture('salesnav-lead.html');
    // The link moves out of the lead's card, still inside <main>.
    const link = doc.querySelector('a[href*="thomas-mueller-contoso"]')!;
    doc.querySelector('main')!.append(link);
    const url = 'https://www.linkedin.com/sales/lead/ACwAAB12345,NAME_SEARCH,x1Y2';
    expect(extractLinkedInProfile(doc, url)?.linkedinUrl).toBe('https://www.linkedin.com/in/thomas-mueller-contoso');
  });

  it('takes JSON-LD only for exactly this profile: /in/jane is not /in/jane-doe', () => {
    const doc = loadFixture('public-profile.html');
    doc.querySelector('main')!.remove();
    const slugOf = (href: string | null | undefined) => /\/in\/([^/?#]+)/.exec(href ?? '')?.[1];
    const own = slugOf(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'));
    expect(own).toBeTruthy();
    // A profile whose slug is a prefix of the page's person must not borrow that person's data.
    expect(extractLinkedInProfile(doc, `https://www.linkedin.com/in/${own!.slice(0, -2)}/`)).toBeNull();
  });
});
