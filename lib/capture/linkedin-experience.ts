import { foldText } from '../text/fold';
import * as SEL from './linkedin-selectors';
import { PRESENT, VISIBLE_TEXT } from './linkedin-selectors';
import { tidy } from './linkedin-dom';

export interface Position {
  title?: string;
  company?: string;
  current: boolean;
}

/** The texts of an entity, in order, leaving out those of nested entities (grouped roles). */
function textsOf(entity: Element): string[] {
  const nested = (el: Element) => el.parentElement?.closest(`${SEL.entity}, li`) !== entity.closest(`${SEL.entity}, li`);
  const spans = [...entity.querySelectorAll(VISIBLE_TEXT)].filter((el) => !nested(el) && el.textContent!.trim());
  const source = spans.length ? spans : [...entity.querySelectorAll('*')].filter((el) => !el.children.length && !nested(el));
  return source.map((el) => tidy(el.textContent)).filter((t): t is string => !!t);
}

/** Top-level entries of the experience list: entities when marked, else the list items. */
function entries(section: Element): Element[] {
  const marked = [...section.querySelectorAll(SEL.entity)].filter((el) => !el.parentElement?.closest(SEL.entity));
  if (marked.length) return marked;
  const list = section.querySelector('ul');
  return list ? [...list.children].filter((el) => el.tagName === 'LI') : [];
}

const DATES = /\b(?:19|20)\d{2}\b/;
/**
 * A date range ending today, in any language: "Jan 2021 - Present", "maj 2025 – obecnie · 1 rok" (one year
 * and a dash before the duration; an ended range has two years), or a known word for "present".
 */
const isCurrent = (texts: string[]) =>
  texts.some((t) => {
    const range = t.split('·')[0]!;
    return /[-–—]/.test(range) && (range.match(/\b(?:19|20)\d{2}\b/g)?.length === 1 || (PRESENT.test(t) && DATES.test(t)));
  });

/** Roles grouped under one company: nested entries that carry dates (a description list does not). */
function groupedRoles(entry: Element, own: string[]): Element[] {
  if (own.some((t) => DATES.test(t))) return [];
  const marked = [...entry.querySelectorAll(SEL.entity)];
  const nested = marked.length ? marked : [...entry.querySelectorAll('ul li')];
  return nested.filter((role) => textsOf(role).some((t) => DATES.test(t) || PRESENT.test(t)));
}

/**
 * Positions from the experience section, found by its #experience anchor
 * (its heading is localized). A single role reads [title, "Company · Full-time",
 * dates, …]; grouped roles read [company, …] with one nested entry per role.
 */
export function readPositions(doc: Document, limit = 5): Position[] {
  const anchor = doc.querySelector(SEL.experienceAnchor);
  // Classic: an empty anchor inside the section; server-driven: a wrapper around it.
  const section = anchor?.querySelector('section') ?? anchor?.closest('section') ?? anchor?.parentElement;
  if (!section) return [];
  const out: Position[] = [];
  for (const entry of entries(section).slice(0, limit)) {
    const texts = textsOf(entry);
    const roles = groupedRoles(entry, texts);
    if (roles.length) {
      for (const role of roles) {
        const [title, ...rest] = textsOf(role);
        out.push({ title, company: texts[0], current: isCurrent(rest) });
      }
    } else {
      const [title, companyLine, ...rest] = texts;
      out.push({ title, company: companyLine?.split(' · ')[0]?.trim(), current: isCurrent(rest) });
    }
  }
  return out;
}

/** The current position, preferring the one at `company` when the top card named it. */
export function currentPosition(positions: Position[], company: string | undefined): Position | undefined {
  const current = positions.filter((p) => p.current);
  if (company) {
    const wanted = foldText(company);
    const atCompany = current.find((p) => p.company && foldText(p.company) === wanted);
    if (atCompany) return atCompany;
  }
  return current[0];
}
