import * as SEL from './linkedin-selectors';
import { firstOutsideSidebars, tidy } from './linkedin-dom';

export interface ContactInfo {
  email?: string;
  phone?: string;
  website?: string;
}

const PHONE = /^\+?[\d\s().-]{6,20}$/;

/**
 * Email, phone and website from the contact-info overlay: a dialog over the
 * profile, or the overlay route. Never from elsewhere on the page (an email
 * in a post or in "About" is not what the member chose to share).
 */
export function readContactInfo(doc: Document, url: string): ContactInfo {
  const dialog = [...doc.querySelectorAll(SEL.dialog)].find((d) => d.querySelector(SEL.mailto) || /contact/i.test(d.getAttribute('aria-labelledby') ?? '') || d.querySelector(SEL.tel));
  const onOverlay = /\/overlay\/contact-info/i.test(url);
  const root: ParentNode | undefined = dialog ?? (onOverlay ? doc : undefined);
  if (!root) return {};
  const info: ContactInfo = {};
  const mail = firstOutsideSidebars(root, SEL.mailto)?.getAttribute('href');
  if (mail) info.email = decodeURIComponent(mail.slice(7).split('?')[0]!).trim().toLowerCase();
  const tel = firstOutsideSidebars(root, SEL.tel)?.getAttribute('href')?.slice(4);
  info.phone = tidy(tel) ?? phoneText(root);
  const site = [...root.querySelectorAll(SEL.externalLink)].find((a) => !/linkedin\.com|lnkd\.in/i.test(a.getAttribute('href') ?? ''));
  if (site) info.website = site.getAttribute('href') ?? undefined;
  for (const key of Object.keys(info) as Array<keyof ContactInfo>) if (!info[key]) delete info[key];
  return info;
}

/** LinkedIn shows the phone as text: "+33 6 12 34 56 78 (Mobile)". */
function phoneText(root: ParentNode): string | undefined {
  for (const el of root.querySelectorAll('li, span')) {
    if (el.children.length > 1) continue;
    const text = tidy(el.textContent)?.replace(/\s*\([^)]*\)\s*$/, '');
    if (text && PHONE.test(text) && /\d{2}/.test(text)) return text;
  }
  return undefined;
}
