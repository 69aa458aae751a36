import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messaging/send';
import type { PageReport } from './profile';

/** At most one read per this many ms while the page keeps changing (a feed never stops). */
const THROTTLE_MS = 250;

/**
 * Report what the page holds to the background now, whenever the SPA moves
 * to another URL, and as its content changes (pages render late). Throttled,
 * not debounced: a page that mutates without pause would starve a debounce.
 * Everything is tied to ctx so it stops with the script.
 */
export function watchPage(ctx: ContentScriptContext, read: (doc: Document, url: string) => PageReport): void {
  let lastSent = '';
  let timer: number | undefined;

  const send = (report: PageReport) => {
    const serialized = JSON.stringify(report);
    if (serialized === lastSent) return;
    lastSent = serialized;
    sendMessage('reportPage', report).catch(() => {
      // The extension was reloaded or updated: this script is orphaned.
      lastSent = '';
    });
  };
  const report = () => send(read(document, location.href));
  const schedule = () => {
    timer ??= ctx.setTimeout(() => {
      timer = undefined;
      report();
    }, THROTTLE_MS);
  };

  // A new URL must never show the previous profile: report it blank at once,
  // then read again once the page had a moment to render the new person.
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
    send({ ...read(document, newUrl.href), profile: null, linkedin: undefined });
    schedule();
  });
  const observer = new MutationObserver(schedule);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  report();
}
