import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchPage } from '../lib/capture/watch-page';
import { createLinkedInReader } from '../lib/capture/linkedin-page';

export default defineContentScript({
  // All of LinkedIn, not only /in/*: it is a single-page app, so a profile
  // is often reached from the feed or a search without a page load.
  matches: ['https://*.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    watchPage(ctx, createLinkedInReader());
  },
});
