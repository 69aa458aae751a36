/** Where canonical profile URLs live; relative links resolve against it. */
export const LINKEDIN_ORIGIN = 'https://www.linkedin.com';

/**
 * The canonical profile URL https://www.linkedin.com/in/<slug>: country
 * subdomains, query strings, trailing slashes and /overlay/... removed.
 */
export function canonicalProfileUrl(url: string): string | undefined {
  const slug = profileSlug(url);
  return slug === undefined ? undefined : `${LINKEDIN_ORIGIN}/in/${encodeURIComponent(slug)}`;
}

/** The decoded, lower-case slug of a /in/<slug> URL (relative URLs resolve against linkedin.com). */
export function profileSlug(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url, LINKEDIN_ORIGIN);
  } catch {
    return undefined;
  }
  if (!/(^|\.)linkedin\.com$/i.test(parsed.hostname)) return undefined;
  const match = /^\/in\/([^/?#]+)/i.exec(parsed.pathname);
  if (!match?.[1]) return undefined;
  let slug = match[1];
  try {
    slug = decodeURIComponent(slug);
  } catch {
    // Keep a malformed escape as it is rather than fail.
  }
  return slug.toLowerCase();
}

/**
 * The URL to link to for a stored profile URL, or undefined when it is not
 * an absolute https LinkedIn profile URL: text from a page (or a restored
 * file) never becomes a link anywhere else. The link is rebuilt canonical.
 */
export function profileLinkUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return undefined;
  return canonicalProfileUrl(url);
}

export function isSalesNavigatorUrl(url: string): boolean {
  return /^https:\/\/([a-z0-9-]+\.)?linkedin\.com\/sales\/(lead|people)\//i.test(url);
}

/** Pages that show one person: the profile itself and its overlays, or a Sales Navigator lead. */
export function isProfilePage(url: string): boolean {
  if (isSalesNavigatorUrl(url)) return true;
  try {
    return /^\/in\/[^/]+\/?(overlay\/.*)?$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** A stable key for a Sales Navigator lead without a public profile link: the lead URL without its query. */
export function salesLeadUrl(url: string): string | undefined {
  if (!isSalesNavigatorUrl(url)) return undefined;
  const parsed = new URL(url);
  return `${LINKEDIN_ORIGIN}${parsed.pathname.split(',')[0]!.replace(/\/$/, '')}`;
}
