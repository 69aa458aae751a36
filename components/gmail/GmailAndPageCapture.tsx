import { useActiveTabPage } from '../hooks/useActiveTabPage';
import { PageEmailScan } from './PageEmailScan';
import { Deferred, lazyNamed } from '../ui/lazy';

// Gmail enrichment (phone metadata, public-suffix list) loads only on a Gmail tab.
const GmailThreadCard = lazyNamed(() => import('./GmailThreadCard'), 'GmailThreadCard');

/** Gmail: the open thread's people. Elsewhere: find the emails of the page on demand. */
export function GmailAndPageCapture() {
  const { tabId, page } = useActiveTabPage();
  // Wait for the tab's report, so Gmail never flashes the page scan first.
  if (tabId === null || tabId === undefined || page === undefined) return null;
  if (page?.method === 'gmail') {
    return (
      <Deferred>
        <GmailThreadCard key={page.url} page={page} />
      </Deferred>
    );
  }
  return <PageEmailScan key={tabId} tabId={tabId} />;
}
