import { foldText } from '../text/fold';
import { parseHeadline } from './linkedin-headline';
import type { CardLines } from './linkedin-lines';
import { currentPosition, type Position } from './linkedin-experience';
import type { UncertainField } from './profile';

export interface Role {
  title?: string;
  company?: string;
  uncertain: UncertainField[];
}

const same = (a: string | undefined, b: string | undefined) => !!a && !!b && foldText(a) === foldText(b);
const mentions = (text: string | undefined, part: string | undefined) => !!text && !!part && foldText(text).includes(foldText(part));
// What may sit between a title and its company in a headline, in the languages we know: dropped from the title.
const TRAILING_CONNECTOR = /(?:\s+(?:at|chez|bei|presso|bij|w firmie|na empresa|en|na|no|em|w|à|a)|\s*[@|·•,–—-])\s*$/i;

/**
 * The company line of the top card, in any language: between the headline and the location,
 * "Company · School" (server-driven) or the current-company button then the school's (classic).
 * Sure only when a label named it or two lines stand there (company, then school).
 */
function lineCompany(card: CardLines): { company?: string; sure: boolean } {
  const middle = card.lines.slice(1, card.endsAtContact ? -1 : 2);
  if (!middle.length) return { sure: false };
  const [company, school] = middle[0]!.split(' · ');
  return { company: company?.trim(), sure: !!school || middle.length > 1 };
}

/**
 * Title and company, from the surest source to the least: structured data, the top card's
 * company (label or line), the current experience entry, and last the headline, whose guesses
 * are marked uncertain. Where the top card and the experience disagree, the top card wins, marked.
 */
export function resolveRole(input: { title?: string; company?: string; labelCompany?: string; lines?: CardLines; headline?: string; positions: Position[] }): Role {
  const { lines, headline, positions } = input;
  const uncertain = new Set<UncertainField>();
  let { title, company } = input;
  const label = input.labelCompany;
  const fromLine = lines ? lineCompany(lines) : { sure: false };
  company ??= label ?? fromLine.company;
  const position = currentPosition(positions, company);
  if (company && !label && !fromLine.sure && !same(company, position?.company) && !mentions(headline, company)) uncertain.add('company');
  if (company && position?.company && !same(company, position.company) && !input.company) uncertain.add('company');
  if (!company && position?.company) company = position.company;
  if (!title && position?.title && (!position.company || same(position.company, company))) title = position.title;
  if (!title && company && headline && mentions(headline, company)) {
    // "Analityk w Acme", "VP Sales at Acme | Speaker": the headline's words before the company.
    const at = foldText(headline).indexOf(foldText(company));
    const before = headline.slice(0, at).replace(TRAILING_CONNECTOR, '').trim();
    if (before && at > 0) {
      title = before.split(/\s+[|•·]\s+|\s*\|\s*/).at(-1)!.trim();
      uncertain.add('title');
    }
  }
  if (!title || !company) {
    const guess = parseHeadline(headline);
    if (!title && guess.title) {
      title = guess.title;
      uncertain.add('title');
    }
    if (!company && guess.company) {
      company = guess.company;
      uncertain.add('company');
    }
  }
  return { title, company, uncertain: [...uncertain] };
}
