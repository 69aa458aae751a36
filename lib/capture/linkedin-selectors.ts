/**
 * Every LinkedIn selector in one place, tried in order. Each names the page
 * variant it serves; structure, attributes and aria-labels come before class
 * names because LinkedIn renames classes (and ships generated ones) often.
 */
/** Logged-out public profile: structured data in <head>. */
export const jsonLd = 'script[type="application/ld+json"]';
/** Logged-out public profile: "Name - Title - Company | LinkedIn". */
export const ogTitle = 'meta[property="og:title"]';
export const ogUrl = 'meta[property="og:url"]';

/** Sales Navigator lead page: stable data-anonymize attributes. */
export const salesNavName = '[data-anonymize="person-name"]';
export const salesNavTitle = '[data-anonymize="job-title"]';
export const salesNavCompany = '[data-anonymize="company-name"]';
export const salesNavHeadline = '[data-anonymize="headline"]';
export const salesNavLocation = '[data-anonymize="location"]';
/** "View LinkedIn profile": absolute or relative link to the public profile. */
export const salesNavPublicProfile = 'a[href*="linkedin.com/in/"], a[href^="/in/"]';

/** Where the main profile lives; sidebars ("People also viewed") are excluded. */
export const main = 'main, [role="main"]';
export const sidebars = 'aside, [role="complementary"], nav, header, footer';

/** Top-card name, every variant: classic, generated classes, public (h1.top-card-layout__title). */
export const name = 'h1';
/** Server-driven profile (real/sdui-*): the top card's componentkey ends in Topcard; the name is its h2. */
export const sduiTopcard = '[componentkey$="Topcard"]';
export const sduiName = 'h2';
/** Never read as top-card lines: screen-reader copies, dialogs (public page sign-in modals), non-text. */
export const skippedInCard = '.visually-hidden, [role="dialog"], script, style, svg, code, template';
/** Classic headline (real/classic-*): the only element of the card with this attribute. */
export const headlineAnchor = '[data-generated-suggestion-target]';
/** Public profile (real/public-*): the page's own first/last split. */
export const firstNameMeta = 'meta[property="profile:first_name"]';
export const lastNameMeta = 'meta[property="profile:last_name"]';
/** Classic page (real/classic-pl-2026-voyager): embedded profile JSON with firstName/lastName. */
export const embeddedJson = 'code[id^="bpr-guid-"]';

/** Classic and generated markup: "Current company: Acme. Click to skip…" on a button or link. */
export const currentCompany = '[aria-label]';

/** Experience: found by its anchor, never by its localized heading: classic #experience (or an id starting so),
 * server-driven ExperienceTopLevelSection (real/sdui-pl-3rd-degree), public data-section. */
export const experienceAnchor = '#experience, [id^="experience"], [componentkey$="ExperienceTopLevelSection"], [data-section="experience"]';
/** One entity per position (or per company for grouped roles): classic data-view-name, server-driven entity items. */
export const entity = '[data-view-name="profile-component-entity"], [componentkey^="entity-collection-item"]';

/** Contact-info overlay: a modal over the profile, or the overlay route itself. */
export const dialog = '[role="dialog"], .artdeco-modal';
export const mailto = 'a[href^="mailto:"]';
export const tel = 'a[href^="tel:"]';
export const externalLink = 'a[href^="http"]';

/** Class-name fallbacks, last resort. Classic logged-in top card, then logged-out public profile. */
export const classHeadline = '.text-body-medium.break-words, h2.top-card-layout__headline, .top-card-layout__headline';
export const classLocation = '.text-body-small.inline.t-black--light, .top-card__subline-item, .top-card-layout__first-subline > div';

/** Visible text sits in span[aria-hidden=true]; its duplicate for screen readers in .visually-hidden. */
export const VISIBLE_TEXT = 'span[aria-hidden="true"]';
export const SCREEN_READER_ONLY = 'visually-hidden';

/** "Current company: Acme…" in the UI languages we know; the rest of the label is the company. */
export const CURRENT_COMPANY_LABEL =
  /^\s*(?:Current company|Entreprise actuelle|Empresa actual|Aktuelles Unternehmen|Azienda attuale|Huidig bedrijf|Empresa atual|Obecna firma|Текущая компания)\s*[:：]\s*(.+)$/i;

/** A date range that runs to today: "Present", "aujourd’hui", "heute", "obecnie", "по настоящее время"… */
export const PRESENT = /present|aujourd|présent|heute|actualidad|presente|oggi|heden|obecnie|atualmente|настоящее|н\.\s?в\./i;
