import { useState } from 'react';
import { browser } from 'wxt/browser';
import { scanPageEmails, SCAN_LIMIT, type FoundAddress, type PageScan } from '../../lib/capture/page-emails';
import { checkEmail } from '../../lib/model';
import { useT } from '../i18n';
import { FeedbackLine } from './FeedbackLine';
import { useSaveDrafts } from './useSaveDrafts';
import { useContactsByEmail } from '../hooks/useContacts';

// The draft builder needs the public-suffix list (tldts): loaded once a scan found
// addresses, not with the popup (the module is fetched once, then cached).
const loadDraftBuilder = () => import('../../lib/capture/address-draft');

async function pageDraft(address: FoundAddress, url: string) {
  const { draftFromAddress } = await loadDraftBuilder();
  return draftFromAddress(address, { method: 'page', where: url.slice(0, 2048), at: Date.now() });
}

/**
 * "Find emails on this page": reads the tab once, on demand, through
 * scripting + activeTab (no content script runs on every site).
 */
export function PageEmailScan({ tabId }: { tabId: number }) {
  const t = useT();
  const [scan, setScan] = useState<PageScan>();
  const [error, setError] = useState<string>();
  const [scanning, setScanning] = useState(false);
  const { save, busy, feedback } = useSaveDrafts();
  const emails = scan?.addresses.map((a) => a.email) ?? [];
  const known = useContactsByEmail(emails);

  async function find() {
    setScanning(true);
    setError(undefined);
    try {
      const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: scanPageEmails, args: [SCAN_LIMIT] });
      const result = injection?.result as PageScan | undefined;
      // The page could return anything: keep valid addresses only.
      const addresses = (result?.addresses ?? []).filter((a) => typeof a?.email === 'string' && checkEmail(a.email).ok).slice(0, SCAN_LIMIT);
      setScan({ url: String(result?.url ?? ''), addresses, truncated: Boolean(result?.truncated) });
      if (addresses.length) void loadDraftBuilder();
    } catch (cause) {
      setError(t('pageCapture.denied', { detail: cause instanceof Error ? cause.message : String(cause) }));
    } finally {
      setScanning(false);
    }
  }

  return (
    // No aria-labelledby: a region named "Emails…" would collide with the Email field for label lookups.
    <section className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700" data-testid="page-scan">
      <h2 id="scan-title" className="text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
        {t('pageCapture.title')}
      </h2>
      <button type="button" onClick={() => void find()} disabled={scanning} className="w-full rounded border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800">
        {scanning ? t('pageCapture.finding') : t('pageCapture.find')}
      </button>
      {error && <p role="alert" className="text-sm text-red-600 dark:text-red-400" data-testid="scan-error">{error}</p>}
      {scan && scan.addresses.length === 0 && <p className="text-sm text-slate-500 dark:text-slate-400" data-testid="scan-empty">{t('pageCapture.none')}</p>}
      {scan && scan.addresses.length > 0 && (
        <>
          <p className="text-xs text-slate-500 dark:text-slate-400" data-testid="scan-count">
            {scan.truncated ? t('pageCapture.truncated', { count: scan.addresses.length }) : t('pageCapture.count', { count: scan.addresses.length })}
          </p>
          <ul className="max-h-64 divide-y divide-slate-100 overflow-y-auto dark:divide-slate-800" data-testid="scan-list">
            {scan.addresses.map((address) => (
              <li key={address.email} className="flex items-center gap-2 py-1 text-sm" data-testid="scan-address">
                <span className="min-w-0 flex-1">
                  <span className="block truncate">{address.email}</span>
                  {address.name && <span className="block truncate text-xs text-slate-500 dark:text-slate-400">{address.name}</span>}
                </span>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => void pageDraft(address, scan.url).then((draft) => save([draft]))}
                  aria-label={t('gmail.saveNamed', { name: address.email })}
                  className="shrink-0 rounded border border-indigo-600 px-2 py-0.5 text-xs font-medium text-indigo-700 disabled:opacity-50 dark:border-indigo-400 dark:text-indigo-300"
                >
                  {known?.has(address.email) ? t('gmail.saved') + ' ✓' : t('gmail.save')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <FeedbackLine feedback={feedback} testId="scan-feedback" />
    </section>
  );
}
