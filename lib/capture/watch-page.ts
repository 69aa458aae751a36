import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messaging/protocol';
import type { PageReport } from './profile';

const SETTLE_MS = 250;

/**
 * Report what the page holds to the background now, whenever the SPA moves
 * to another URL, and when the page's content settles after a change (pages
 * render late). Everything is tied to ctx so it stops with the script.
 */
export function watchPage(ctx: ContentScriptContext, read: (doc: Document, url: string) => PageReport): void {
  let lastSent = '';
  let timer: number | undefined;

  const report = () => {
    const result = read(document, location.href);
    const serialized = JSON.stringify(result);
    if (serialized === lastSent) return;
    lastSent = serialized;
    sendMessage('reportPage', result).catch(() => {
      // The extension was reloaded or updated: this script is orphaned.
      lastSent = '';
    });
  };

  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(report, SETTLE_MS);
  };

  // A new URL must never keep the previous profile: report a blank at once.
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
    lastSent = '';
    report();
    schedule();
    void newUrl;
  });
  const observer = new MutationObserver(schedule);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  report();
}
