import * as SEL from './linkedin-selectors';
import { SCREEN_READER_ONLY, VISIBLE_TEXT } from './linkedin-selectors';

const MAX = 500;

export function tidy(text: string | null | undefined): string | undefined {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value ? value.slice(0, MAX) : undefined;
}

/**
 * The visible text of an element, read once: the span[aria-hidden=true] copy
 * when there is one, else the text without the screen-reader duplicate.
 */
export function visibleText(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  const visible = el.matches(VISIBLE_TEXT) ? el : el.querySelector(VISIBLE_TEXT);
  if (visible) return tidy(visible.textContent);
  if (!el.getElementsByClassName(SCREEN_READER_ONLY).length) return tidy(el.textContent);
  let text = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.nodeValue;
      else if (child.nodeType === 1 && !(child as Element).classList.contains(SCREEN_READER_ONLY)) walk(child);
    }
  };
  walk(el);
  return tidy(text);
}

export function inSidebar(el: Element): boolean {
  return el.closest(SEL.sidebars) !== null;
}

/** The first match outside sidebars, searching `root`. */
export function firstOutsideSidebars(root: ParentNode, selector: string): Element | undefined {
  for (const el of root.querySelectorAll(selector)) if (!inSidebar(el)) return el;
  return undefined;
}

/**
 * The main profile card: the section holding the person's h1 (or Sales
 * Navigator name) inside <main>, never a sidebar. Everything else is read
 * inside it, so "People also viewed" cannot leak.
 */
export function findCard(doc: Document, salesNav = false): { card: Element; heading: Element } | undefined {
  // Server-driven profile: no h1; the Topcard component holds the name in an h2.
  const top = salesNav ? undefined : doc.querySelector(SEL.sduiTopcard);
  const topName = top?.querySelector(SEL.sduiName);
  if (top && topName) return { card: top, heading: topName };
  const scopes = [...doc.querySelectorAll(SEL.main), doc.body].filter((s): s is HTMLElement => !!s);
  for (const scope of scopes) {
    const heading = (salesNav ? firstOutsideSidebars(scope, SEL.salesNavName) : undefined) ?? firstOutsideSidebars(scope, SEL.name);
    if (heading) return { card: heading.closest('section') ?? heading.closest(SEL.main) ?? scope, heading };
  }
  return undefined;
}
