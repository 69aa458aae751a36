import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchList } from '../lib/capture/watch-list';

export default defineContentScript({
  // All of LinkedIn: a search or a list is often reached without a page load.
  // Off list pages it only checks the URL on DOM changes.
  matches: ['https://*.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    watchList(ctx);
  },
});
