/**
 * The canonical profile URL https://www.linkedin.com/in/<slug>: country
 * subdomains, query strings, trailing slashes and /overlay/... removed.
 */
export function canonicalProfileUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
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
  return `https://www.linkedin.com/in/${encodeURIComponent(slug.toLowerCase())}`;
}

export function isSalesNavigatorUrl(url: string): boolean {
  return /^https:\/\/([a-z0-9-]+\.)?linkedin\.com\/sales\/(lead|people)\//i.test(url);
}
