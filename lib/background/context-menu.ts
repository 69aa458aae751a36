import { browser, type Browser } from 'wxt/browser';
import { addressesOfMailto, findAddressesInText, type FoundAddress } from '../capture/page-emails';
import { upsertByEmail } from '../contacts/repository';
import { resolveLocale, translator } from '../i18n';
import { translatePlural } from '../i18n/plural';
import { getSettings } from '../settings/store';
import { draftFromAddress } from '../capture/address-draft';
import { failReasonOf, recordFailedSave, type FailReason } from './failed-save';

export const MENU_ID = 'fluenzr-add';

/** "Add to FluenzR" on selected text and on mailto: links. Menus persist: create them once, at install. */
export async function createContextMenu(): Promise<void> {
  const locale = resolveLocale((await getSettings()).locale);
  const t = translator(locale);
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: t('pageCapture.menu'),
    contexts: ['selection', 'link'],
    // Links: only mailto: ones (selected text is not filtered by this).
    targetUrlPatterns: ['mailto:*'],
  });
}

export interface MenuResult {
  saved: number;
  refused: number;
  found: number;
}

/** Save the addresses of the selection or the mailto: link, with the page as source. */
export async function onMenuClicked(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<MenuResult> {
  if (info.menuItemId !== MENU_ID) return { saved: 0, refused: 0, found: 0 };
  const addresses: FoundAddress[] = [
    ...(info.linkUrl ? addressesOfMailto(info.linkUrl) : []),
    ...(info.selectionText ? findAddressesInText(info.selectionText) : []),
  ];
  const where = (info.pageUrl ?? tab?.url ?? 'context-menu').slice(0, 2048);
  const at = Date.now();
  const result: MenuResult = { saved: 0, refused: 0, found: addresses.length };
  let firstRefusal: { reason: FailReason; email: string } | undefined;
  for (const address of addresses) {
    const outcome = await upsertByEmail(draftFromAddress(address, { method: 'page', where, at }), { policy: 'refresh' });
    const reason = failReasonOf(outcome);
    if (reason) {
      result.refused++;
      firstRefusal ??= { reason, email: address.email };
    } else result.saved++;
  }
  // Told by the popup's banner next time it opens: the badge only says "!".
  if (firstRefusal || !addresses.length) {
    await recordFailedSave({ at, via: 'menu', reason: firstRefusal?.reason ?? 'nothing', count: result.refused, ...(firstRefusal ? { email: firstRefusal.email } : {}) });
  }
  await showResult(result, tab?.id);
  return result;
}

/** Feedback on the toolbar button of the tab: "+2", or "!" when nothing could be saved. */
async function showResult(result: MenuResult, tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  const locale = resolveLocale((await getSettings()).locale);
  const t = translator(locale);
  const text = result.saved ? `+${result.saved}` : '!';
  const title = result.saved
    ? translatePlural(t, locale, 'pageCapture.menuSaved', result.saved)
    : t(result.found ? 'pageCapture.menuRefused' : 'pageCapture.menuNone');
  // Firefox's MV2 build has browserAction instead of action.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeText({ tabId, text });
  await action.setBadgeBackgroundColor({ tabId, color: result.saved ? '#4f46e5' : '#dc2626' });
  await action.setTitle({ tabId, title });
}
