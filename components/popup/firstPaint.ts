import { readFirstPaint, rememberFirstPaint } from '../../lib/first-paint/plan-usage';
import { common } from '../../lib/i18n/areas/common';
import { fillTemplate, resolveLocale } from '../../lib/i18n/locale';
import { typeset } from '../../lib/i18n/typography';
import { planUsageClass, planUsageKey, planUsageParams } from '../planUsageLook';
import { POPUP_HEADER, POPUP_MAIN, POPUP_TITLE } from './layout';

/**
 * The popup's header and plan usage, painted with the DOM before React and
 * the rest of the page have loaded (over 100 ms of modules, README
 * "How it is built", page weight). React's first render replaces it with the same header,
 * showing the same usage (firstPaintUsage) until its live count arrives.
 * Nothing is painted once React has rendered, or without a readable base.
 */
export async function paintPopupFirst(root: HTMLElement): Promise<void> {
  const first = await readFirstPaint();
  if (!first || root.firstChild) return;
  const locale = resolveLocale(first.locale);
  const word = (key: keyof (typeof common)['en']) => typeset(locale, common[locale][key]);
  const main = element('main', POPUP_MAIN);
  const header = element('header', POPUP_HEADER);
  const title = element('h1', POPUP_TITLE);
  title.textContent = word('app.name');
  const usage = element('span', planUsageClass(first.usage));
  usage.dataset.testid = 'plan-usage';
  usage.textContent = fillTemplate(word(planUsageKey(first.usage)), planUsageParams(first.usage));
  header.append(title, usage);
  main.append(header);
  rememberFirstPaint(first.usage);
  root.append(main);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}
