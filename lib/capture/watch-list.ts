import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messaging/send';
import { extractLinkedInList, isListPage, type ListReport } from './linkedin-list';

/** At most one read per this many ms while the page keeps changing. */
const THROTTLE_MS = 300;

/**
 * Report the people of the list page the user is on: at once, on each SPA
 * move, and as the results render. It only reads the DOM: it never scrolls,
 * clicks, pages or requests anything. Off list pages it stays silent, after
 * one empty report so the panel stops showing the last list.
 */
export function watchList(ctx: ContentScriptContext): void {
  let lastSent = '';
  let timer: number | undefined;

  const report = (url: string) => {
    const people = isListPage(url) ? extractLinkedInList(document, url) : [];
    const message: ListReport = { url, people };
    const serialized = people.length ? JSON.stringify(message) : 'empty';
    if (serialized === lastSent) return;
    lastSent = serialized;
    sendMessage('reportList', message).catch(() => {
      lastSent = ''; // Orphaned after an extension update.
    });
  };
  const schedule = () => {
    timer ??= ctx.setTimeout(() => {
      timer = undefined;
      report(location.href);
    }, THROTTLE_MS);
  };

  // A new URL never shows the previous page's people: report it empty first.
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
    if (lastSent !== 'empty') {
      lastSent = 'empty';
      sendMessage('reportList', { url: newUrl.href, people: [] }).catch(() => (lastSent = ''));
    }
    schedule();
  });
  const observer = new MutationObserver(() => {
    if (isListPage(location.href)) schedule();
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  report(location.href);
}
