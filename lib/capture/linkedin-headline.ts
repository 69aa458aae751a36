import { CURRENT_COMPANY_LABEL } from './linkedin-selectors';

export interface RoleGuess {
  title?: string;
  company?: string;
}

// "VP Sales at Acme", "Directrice commerciale chez Acme", "Founder @ Acme", "Leiter Vertrieb bei Acme",
// "Responsabile presso Acme", "Manager bij Acme", "Listonosz w firmie Poczta Polska": the first one splits.
const AT = /\s+(?:at|chez|bei|presso|bij|w firmie|na empresa)\s+|\s*@\s*/i;
// Short prepositions ("Ingeniero en Google", "Gerente na Acme", "Analityk w Acme") also occur inside titles
// ("Ingeniero en Software en Google"): the last one splits, and the result stays a guess.
const WEAK_AT = /\s(?:en|na|no|em|w)\s/gi;
const SEGMENTS = /\s+[|•·]\s+|\s*\|\s*/;

/**
 * Title and company from a free-form headline: a fallback only, used when
 * the current position did not say. "CTO | Acme" gives a company only when
 * the headline has exactly two parts ("Founder | Speaker | Author" does not).
 */
export function parseHeadline(headline: string | undefined): RoleGuess {
  const text = headline?.replace(/\s+/g, ' ').trim();
  if (!text) return {};
  const parts = text.split(SEGMENTS).map((p) => p.trim()).filter(Boolean);
  for (const part of parts) {
    const match = AT.exec(part) ?? [...part.matchAll(WEAK_AT)].at(-1);
    if (match && match.index > 0) {
      const title = part.slice(0, match.index).trim();
      const company = part.slice(match.index + match[0].length).split(/\s+[-–—]\s+|,\s/)[0]!.trim();
      if (title && company) return { title, company };
    }
  }
  if (parts.length === 2 && words(parts[1]!) <= 5) return { title: parts[0], company: parts[1] };
  const dash = parts[0]!.split(/\s+[-–—]\s+/);
  if (parts.length === 1 && dash.length === 2 && words(dash[1]!) <= 5) return { title: dash[0], company: dash[1] };
  return { title: parts[0] };
}

const words = (text: string) => text.split(/\s+/).length;

/**
 * The company named by a "current company" aria-label:
 * "Current company: Acme Inc. Click to skip to experience card" → "Acme Inc"
 * (French: "Entreprise actuelle : Acme. Cliquez pour…").
 */
export function companyFromLabel(label: string | null): string | undefined {
  const match = label ? CURRENT_COMPANY_LABEL.exec(label.replace(/\s+/g, ' ')) : null;
  if (!match) return undefined;
  const rest = match[1]!;
  // Drop the trailing instruction sentence, keeping dots inside the name ("Acme Inc.").
  const cut = /^(.+?)\.\s+\p{Lu}[^.]*\.?\s*$/u.exec(rest);
  // "Acme." alone loses its dot; "Bank S.A.. Kliknij…" keeps the name's own.
  const company = (cut ? cut[1]! : rest.replace(/\.$/, '')).trim();
  return company || undefined;
}
