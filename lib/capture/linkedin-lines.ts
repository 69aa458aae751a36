import * as SEL from './linkedin-selectors';
import { tidy } from './linkedin-dom';

/** Connection degree in any UI language ("1st", "2e", "· 1.", "• 2", "2-й", "3º", "3rd+"): never data. */
export const DEGREE = /^[·•]?\s*[123]\s*(?:st|nd|rd|th|e|er|ère|ème|º|°|ª|\.|-й|-я|-ї)?\s*\+?$/iu;
/** Pronouns beside the name: "(She/Her)", "Il/Lui". */
const PRONOUNS = /^\(.{1,30}\)$|^\p{L}{2,5}\s*\/\s*\p{L}{2,5}$/u;
const INLINE = /^(?:STRONG|EM|B|I|BDI|MARK|SMALL|U|SUP|SUB)$/;

export interface CardLines {
  /** Text lines after the name, in page order: headline, then company/school, then location. */
  lines: string[];
  /** The lines ended at the contact-info link: the last line is the location. */
  endsAtContact: boolean;
}

/**
 * The top card's text lines after the name, whatever the classes (classic,
 * hashed or server-driven markup): one line per element holding text, read
 * until the first link (the contact-info link, localized), leaving out
 * screen-reader copies, dialogs, degree markers, pronouns and separators.
 */
export function cardLines(heading: Element, card: Element, max = 6): CardLines {
  const doc = card.ownerDocument;
  const walker = doc.createTreeWalker(card, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = heading;
  const lines: string[] = [];
  let key: Element | null = null;
  let text = '';
  const flush = () => {
    const line = tidy(text);
    if (line && line.length > 1 && !DEGREE.test(line) && !PRONOUNS.test(line) && !/^[·•|,]+$/.test(line)) lines.push(line);
    text = '';
  };
  for (let node = walker.nextNode(); node && lines.length < max; node = walker.nextNode()) {
    if (heading.contains(node) || !node.nodeValue?.trim()) continue;
    let parent = node.parentElement!;
    if (parent.closest(SEL.skippedInCard)) continue;
    const link = parent.closest('a');
    // Company and school links, and skip links to a section ("#experience"), are lines; any other link ends them.
    if (link && card.contains(link) && !link.contains(heading) && !/\/(company|school)\/|^#\w/.test(link.getAttribute('href') ?? '')) {
      flush();
      return { lines, endsAtContact: true };
    }
    while (INLINE.test(parent.tagName) && parent.parentElement) parent = parent.parentElement;
    if (parent !== key) flush();
    key = parent;
    text += ` ${node.nodeValue}`;
  }
  flush();
  return { lines, endsAtContact: false };
}
