import * as SEL from './linkedin-selectors';
import { tidy } from './linkedin-dom';
import { profileSlug } from './linkedin-url';

export interface StructuredPerson {
  name?: string;
  title?: string;
  company?: string;
  location?: string;
  url?: string;
}

type Json = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? tidy(v) : undefined);
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/**
 * The JSON-LD Person of a logged-out public profile: the one whose url
 * carries `slug` (others are sidebars; a stale <head> names someone else).
 */
export function jsonLdPerson(doc: Document, slug: string | undefined): StructuredPerson | undefined {
  const people: Json[] = [];
  for (const script of doc.querySelectorAll(SEL.jsonLd)) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // A broken block says nothing; others may.
    }
    collect(data, people);
  }
  // The slug must be the whole path segment: "jane" is not the person at /in/jane-doe.
  const person = people.find((p) => slug && typeof p.url === 'string' && profileSlug(p.url) === slug) ?? (people.length === 1 && !people[0]!.url ? people[0] : undefined);
  if (!person) return undefined;
  const jobs = (Array.isArray(person.worksFor) ? person.worksFor : [person.worksFor]).filter((w): w is Json => !!w && typeof w === 'object');
  const current = jobs.find((w) => !(w.member as Json | undefined)?.endDate) ?? jobs[0];
  const address = first(person.address) as Json | undefined;
  return {
    name: str(person.name),
    title: str(first(person.jobTitle)),
    company: str(current?.name),
    location: str(address?.addressLocality) ?? str(address?.addressRegion),
    url: str(person.url),
  };
}

function collect(data: unknown, out: Json[], depth = 0): void {
  if (!data || typeof data !== 'object' || depth > 3) return;
  if (Array.isArray(data)) return data.forEach((d) => collect(d, out, depth + 1));
  const node = data as Json;
  const type = node['@type'];
  if (type === 'Person' || (Array.isArray(type) && type.includes('Person'))) out.push(node);
  if (node['@graph']) collect(node['@graph'], out, depth + 1);
}

/** og:title "Jane Doe - VP Sales - Acme | LinkedIn" (title and company optional). */
export function ogTitle(doc: Document, slug: string | undefined): { name?: string; headline?: string; title?: string; company?: string } | undefined {
  // After an SPA move the <head> may still describe the first page loaded: check og:url when given.
  const head = doc.head ?? doc;
  const ogUrl = head.querySelector(SEL.ogUrl)?.getAttribute('content');
  if (ogUrl && slug && profileSlug(ogUrl) !== slug) return undefined;
  const content = tidy(head.querySelector(SEL.ogTitle)?.getAttribute('content'));
  if (!content) return undefined;
  const parts = content.replace(/\s*\|\s*LinkedIn\s*$/i, '').split(/\s+[-–—]\s+/);
  const [name, ...rest] = parts;
  if (rest.length >= 2) return { name, title: rest[0], company: rest.slice(1).join(' - ') };
  return { name, headline: rest[0] };
}

/**
 * The page's own split of the name: `profile:first_name` / `profile:last_name` on a public profile (when og:url
 * is this profile), else the firstName/lastName nearest the profile's publicIdentifier in the embedded JSON of
 * a classic page. Undefined when the page does not say.
 */
export function pageNameSplit(doc: Document, slug: string | undefined): { firstName: string; lastName?: string } | undefined {
  const head = doc.head ?? doc;
  const first = tidy(head.querySelector(SEL.firstNameMeta)?.getAttribute('content'));
  const ogUrl = head.querySelector(SEL.ogUrl)?.getAttribute('content');
  if (first && (!ogUrl || !slug || profileSlug(ogUrl) === slug)) return { firstName: first, lastName: tidy(head.querySelector(SEL.lastNameMeta)?.getAttribute('content')) };
  if (!slug) return undefined;
  for (const code of doc.querySelectorAll(SEL.embeddedJson)) {
    const json = code.textContent ?? '';
    const at = json.indexOf(`"publicIdentifier":"${slug}"`);
    if (at < 0) continue;
    const near = (key: string) => {
      let best: { d: number; value: string } | undefined;
      for (const m of json.slice(Math.max(0, at - 2000), at + 2000).matchAll(new RegExp(`"${key}":"([^"\\\\]{1,100})"`, 'g'))) {
        const d = Math.abs(m.index + Math.max(0, at - 2000) - at);
        if (!best || d < best.d) best = { d, value: m[1]! };
      }
      return best?.value;
    };
    const firstName = tidy(near('firstName'));
    if (firstName) return { firstName, lastName: tidy(near('lastName')) };
  }
  return undefined;
}
