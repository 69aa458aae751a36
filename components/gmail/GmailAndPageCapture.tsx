import { useActiveTabPage } from '../hooks/useActiveTabPage';
import { GmailThreadCard } from './GmailThreadCard';
import { PageEmailScan } from './PageEmailScan';

/** Gmail: the open thread's people. Elsewhere: find the emails of the page on demand. */
export function GmailAndPageCapture() {
  const { tabId, page } = useActiveTabPage();
  if (tabId === null || tabId === undefined) return null;
  if (page?.method === 'gmail') return <GmailThreadCard key={page.url} page={page} />;
  return <PageEmailScan key={tabId} tabId={tabId} />;
}
