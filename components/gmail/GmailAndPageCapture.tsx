import { useActiveTabPage } from '../hooks/useActiveTabPage';
import { GmailThreadCard } from './GmailThreadCard';
import { PageEmailScan } from './PageEmailScan';

/** Gmail: the open thread's people. Elsewhere: find the emails of the page on demand. */
export function GmailAndPageCapture() {
  const { tabId, page } = useActiveTabPage();
  // Wait for the tab's report, so Gmail never flashes the page scan first.
  if (tabId === null || tabId === undefined || page === undefined) return null;
  if (page?.method === 'gmail') return <GmailThreadCard key={page.url} page={page} />;
  return <PageEmailScan key={tabId} tabId={tabId} />;
}
