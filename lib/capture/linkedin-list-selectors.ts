/**
 * Selectors of LinkedIn list pages, one group per page variant, each naming
 * the fixture (tests/fixtures/linkedin/lists/) it was checked against.
 */

/** A result card, in order of preference; the first variant that finds cards wins. */
export const CARD_VARIANTS = [
  // Classic people search (search-classic.html, real 2022 fragment); newer classic markup keeps data-view-name.
  { name: 'search', cards: 'li.reusable-search__result-container, div.entity-result, [data-view-name="search-entity-result-universal-template"]' },
  // Sales Navigator lead search and saved lead lists (salesnav-search.html): rows carry data-anonymize fields.
  { name: 'salesnav', cards: 'li.artdeco-list__item, tr.artdeco-models-table-row, li.search-results__result-item' },
  // My Network → Connections (mynetwork-connections.html).
  { name: 'connections', cards: 'li.mn-connection-card, div.mn-connection-card' },
  // A company page's People tab (company-people.html).
  { name: 'company', cards: 'li.org-people-profile-card__profile-card-spacing, .org-people-profile-card' },
  // Server-driven search (search-sdui.html): hashed classes, only roles and componentkey survive.
  { name: 'sdui', cards: '[role="listitem"]' },
] as const;

/** The person's name inside a card (classic, Sales Navigator, connections, company people, lockups). */
export const NAME = [
  '.entity-result__title-text a',
  '[data-anonymize="person-name"]',
  '.mn-connection-card__name',
  '.org-people-profile-card__profile-title',
  '.artdeco-entity-lockup__title',
].join(', ');

/** The headline (or occupation) line under the name. */
export const HEADLINE = [
  '.entity-result__primary-subtitle',
  '[data-anonymize="headline"]',
  '.mn-connection-card__occupation',
  '.artdeco-entity-lockup__subtitle',
  // Classic search with generated class names (real-search-classic-pl-2026.html): only the utility classes survive.
  'div.t-14.t-black.t-normal',
].join(', ');

export const LOCATION = '.entity-result__secondary-subtitle, [data-anonymize="location"], div.t-14.t-normal:not(.t-black)';
/** Sales Navigator gives title and company apart. */
export const TITLE = '[data-anonymize="title"], [data-anonymize="job-title"]';
export const COMPANY = '[data-anonymize="company-name"]';
export const DEGREE = '.entity-result__badge-text, .dist-value, .artdeco-entity-lockup__degree, [class*="degree"]';

export const PROFILE_LINK = 'a[href*="/in/"]';
export const LEAD_LINK = 'a[href*="/sales/lead/"], a[href*="/sales/people/"]';

/** The organization whose People tab this is (company-people.html). */
export const ORG_NAME = '.org-top-card-summary__title, h1.org-top-card-summary__title, .org-top-card h1';

/** Out-of-network results LinkedIn hides the name of (search-classic.html). */
export const HIDDEN_MEMBER = /^(?:LinkedIn Member|Membre de LinkedIn|LinkedIn-Mitglied|Miembro de LinkedIn|Membro do LinkedIn|Utente LinkedIn)$/i;
