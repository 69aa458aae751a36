import { defineContentScript } from 'wxt/utils/define-content-script';
import { readGmailThread } from '../lib/capture/gmail-read';
import { watchPage } from '../lib/capture/watch-page';

export default defineContentScript({
  // All of Gmail: it is a single-page app, threads open without a page load.
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Reads only the open thread; company, title and phone are worked out by
    // the extension pages (their libraries would bloat this script).
    watchPage(ctx, (doc, url) => {
      const thread = readGmailThread(doc, url);
      return thread ? { url, method: 'gmail', profile: null, thread } : { url, method: 'gmail', profile: null };
    });
  },
});
