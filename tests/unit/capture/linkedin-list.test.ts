import { describe, expect, it } from 'vitest';
import { extractLinkedInList, isListPage, listedKey } from '../../../lib/capture/linkedin-list';
import { parseDegree } from '../../../lib/capture/linkedin-degree';
import { readFileSync } from 'node:fs';
import { loadFixture } from './fixtures';

/** A list fixture; real saved pages lose their <link> tags first (happy-dom would try to load their stylesheets). */
const page = (name: string) =>
  name.startsWith('real-')
    ? new DOMParser().parseFromString(readFileSync(`tests/fixtures/linkedin/lists/${name}`, 'utf8').replace(/<link\b[^>]*>/g, ''), 'text/html')
    : loadFixture(`lists/${name}`);
const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=director&page=1';

describe('extractLinkedInList: classic people search (real 2022 fragment)', () => {
  const people = extractLinkedInList(page('search-classic.html'), SEARCH);

  it('reads the named members in page order and skips the hidden "LinkedIn Member" results', () => {
    expect(people.map((p) => p.fullName)).toEqual(['Faruk Bilen', 'Pascal Durand']);
  });

  it('splits the headline into title and company, keeps location, degree and the canonical URL', () => {
    expect(people[0]).toEqual({
      fullName: 'Faruk Bilen',
      firstName: 'Faruk',
      lastName: 'Bilen',
      title: 'Executive Director',
      company: 'International Energy Agency (IEA)',
      headline: 'Executive Director at International Energy Agency (IEA)',
      location: 'Greater Paris Metropolitan Region',
      degree: 3,
      linkedinUrl: 'https://www.linkedin.com/in/faruk-bilen',
    });
    // "Managing Director & Partner at Boston Consulting Group | Technology Advantage, …"
    expect(people[1]).toMatchObject({ title: 'Managing Director & Partner', company: 'Boston Consulting Group', location: 'Paris' });
    expect(people[1]!.linkedinUrl).toBe('https://www.linkedin.com/in/pascaldur');
  });
});

describe('extractLinkedInList: real saved search pages (Polish UI, 2026)', () => {
  it('classic search with generated class names (1.15 MB page): its 10 results, in order', () => {
    const people = extractLinkedInList(page('real-search-classic-pl-2026.html'), SEARCH);
    expect(people).toHaveLength(10);
    expect(people[0]).toEqual({
      fullName: 'Sacha Garnier',
      firstName: 'Sacha',
      lastName: 'Garnier',
      title: 'Obsługa klienta',
      headline: 'Obsługa klienta || Lider zespołu || Branża stolarki otworowej 🪟',
      location: 'Cracow Metropolitan Area',
      degree: 2,
      linkedinUrl: 'https://www.linkedin.com/in/bexley',
    });
    expect(people.map((p) => p.location)).toContain('Puławy');
    expect(people[9]).toMatchObject({ fullName: 'Maxime Mercer', linkedinUrl: 'https://www.linkedin.com/in/elwood', degree: 2 });
    // Mutual connections named in the insights line are not results.
    expect(new Set(people.map((p) => p.linkedinUrl)).size).toBe(10);
  });

  it('server-driven search: 10 listitems, names from the profile links, "• 2" degrees', () => {
    const people = extractLinkedInList(page('real-search-sdui-pl-2026.html'), SEARCH);
    expect(people).toHaveLength(10);
    expect(people[0]).toMatchObject({ fullName: 'Hana Ostrand', location: 'Ostrów Wielkopolski i okolice', degree: 2, linkedinUrl: 'https://www.linkedin.com/in/hana-ostrand-3075b5887' });
    expect(people[2]).toMatchObject({ fullName: 'Zoe Berrin', location: 'Szczecin, Woj. Zachodniopomorskie, Polska' });
    expect(people[2]!.headline).toMatch(/^Konsultant SAUVEL Allfinanz \| Ubezpieczenia na życie/);
    // Title and company come from the profile reader's parseHeadline (its Polish "w" / "na" rules).
    expect(people[7]).toMatchObject({ fullName: 'Elia Corvin', title: 'Kierownik Oddziału', company: 'SAUVEL' });
    expect(people.every((p) => p.degree === 2)).toBe(true);
  });
  // real-search-sdui-pl-2026-05-22.html nests links the way happy-dom misparses (CAPTURE.md): it is
  // checked in real Chromium by tests/e2e/linkedin-list.spec.ts instead.
});

describe('extractLinkedInList: server-driven search (hand-written)', () => {
  const people = extractLinkedInList(page('search-sdui.html'), SEARCH);

  it('reads listitems inside main only, once each, without the sidebar or hidden members', () => {
    expect(people.map((p) => p.linkedinUrl)).toEqual([
      'https://www.linkedin.com/in/claire-martin-4b1a2c',
      'https://www.linkedin.com/in/j%C3%A9r%C3%B4me-l%C3%A9ger',
      'https://www.linkedin.com/in/anna-kowalska-77',
    ]);
  });

  it('takes name, headline, location and degree from the text lines', () => {
    expect(people[0]).toMatchObject({ fullName: 'Claire Martin', title: 'Head of Sales', company: 'Datawise', location: 'Lyon, Auvergne-Rhône-Alpes, France', degree: 2 });
    expect(people[1]).toMatchObject({ fullName: 'Jérôme Léger', lastName: 'Léger', title: 'VP Sales EMEA', company: 'Nordlicht GmbH', degree: 1 });
    expect(people[2]).toMatchObject({ company: 'Kraków Logistics', degree: 3 });
  });
});

describe('extractLinkedInList: other list pages (hand-written)', () => {
  it('Sales Navigator: title and company as given, keyed by the lead URL', () => {
    const people = extractLinkedInList(page('salesnav-search.html'), 'https://www.linkedin.com/sales/search/people?query=(keywords%3Aachats)');
    expect(people).toEqual([
      {
        fullName: 'Sophie Bernard', firstName: 'Sophie', lastName: 'Bernard', title: 'Directrice des achats', company: 'Vinci Énergies',
        location: 'Nanterre, Île-de-France, France', degree: 2, leadUrl: 'https://www.linkedin.com/sales/lead/ACwAAAB1xYz',
      },
      expect.objectContaining({ fullName: 'Marco Rossi', company: 'Leonardo S.p.A.', degree: 3 }),
    ]);
    expect(listedKey(people[0]!)).toBe('https://www.linkedin.com/sales/lead/ACwAAAB1xYz');
  });

  it('saved lead lists use the same reader', () => {
    expect(extractLinkedInList(page('salesnav-search.html'), 'https://www.linkedin.com/sales/lists/people/7012345?sortCriteria=CREATED_TIME')).toHaveLength(2);
  });

  it('My Network connections: occupation split with the German connector, emoji dropped', () => {
    const people = extractLinkedInList(page('mynetwork-connections.html'), 'https://www.linkedin.com/mynetwork/invite-connect/connections/');
    expect(people.map((p) => [p.fullName, p.title, p.company, p.linkedinUrl])).toEqual([
      ['Lukas Weber', 'Leiter Vertrieb', 'Stahlwerk Nord AG', 'https://www.linkedin.com/in/lukas-weber-berlin'],
      ['Inés García', 'Founder', 'Pixelmar', 'https://www.linkedin.com/in/ines-garcia'],
    ]);
  });

  it("a company's People tab: the company is the page's own when the headline does not say", () => {
    const people = extractLinkedInList(page('company-people.html'), 'https://www.linkedin.com/company/acme-robotics/people/');
    expect(people.map((p) => [p.fullName, p.title, p.company, p.degree])).toEqual([
      ['Tom Baker', 'Senior Account Executive', 'Acme Robotics', 2],
      ['Priya Nair', 'Head of Marketing', 'Acme Robotics', undefined],
    ]);
  });
});

describe('extractLinkedInList: not a list', () => {
  it('returns [] on a profile page, even one with "People also viewed"', () => {
    expect(extractLinkedInList(loadFixture('people-also-viewed.html'), 'https://www.linkedin.com/in/someone/')).toEqual([]);
  });

  it('returns [] on a list URL whose page holds no people', () => {
    expect(extractLinkedInList(loadFixture('classic-profile.html'), SEARCH)).toEqual([]);
  });

  it('returns [] for a list page at another host', () => {
    expect(extractLinkedInList(page('search-classic.html'), 'https://evil.example/search/results/people/')).toEqual([]);
  });

  it.each([
    [SEARCH, true],
    ['https://fr.linkedin.com/search/results/people/?keywords=x', true],
    ['https://www.linkedin.com/sales/lists/people/7012345', true],
    ['https://www.linkedin.com/company/acme/people/?keywords=sales', true],
    ['https://www.linkedin.com/mynetwork/invite-connect/connections/', true],
    ['https://www.linkedin.com/search/results/companies/?keywords=x', false],
    ['https://www.linkedin.com/in/jane/', false],
    ['https://www.linkedin.com/feed/', false],
    ['not a url', false],
  ])('isListPage(%s) = %s', (url, expected) => expect(isListPage(url)).toBe(expected));
});

describe('parseDegree', () => {
  it.each([
    ['• 2nd', 2], ['· 1.', 1], ['2e', 2], ['3rd+', 3], ['3º', 3], ['2-й', 2], ['1er', 1], ['2nd degree connection', 2], [' • 3e+ ', 3],
    ['Head of Sales', undefined], ['2nd Street Partners', undefined], ['', undefined], [undefined, undefined],
  ])('%s → %s', (text, degree) => expect(parseDegree(text)).toBe(degree));
});
