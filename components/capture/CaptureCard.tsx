import { useLiveQuery } from 'dexie-react-hooks';
import { findByEmail, findByLinkedinUrl } from '../../lib/contacts/repository';
import { pendingKey } from '../../lib/contacts/pending';
import { getDb } from '../../lib/db/database';
import { useActiveTabPage } from '../hooks/useActiveTabPage';
import { useT } from '../i18n';
import { CaptureForm } from './CaptureForm';

/** "On this page": the person the active tab shows, editable, saved in one click. */
export function CaptureCard() {
  const t = useT();
  const { tabId, page } = useActiveTabPage();
  const profile = page?.profile ?? null;
  const key = profile && page ? pendingKey(profile, page.url) : undefined;
  const known = useLiveQuery(async () => {
    if (!profile) return null;
    const byUrl = profile.linkedinUrl ? await findByLinkedinUrl(profile.linkedinUrl) : undefined;
    return byUrl ?? (profile.email ? await findByEmail(profile.email) : undefined) ?? null;
  }, [profile?.linkedinUrl, profile?.email]);
  const pending = useLiveQuery(async () => (key ? ((await getDb().pending.get(key)) ?? null) : null), [key]);

  return (
    <section aria-labelledby="capture-title" className="rounded-lg border border-slate-200 p-3 dark:border-slate-700" data-testid="capture-card">
      <h2 id="capture-title" className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500">
        {t('capture.onThisPage')}
      </h2>
      {tabId === null && <p className="text-sm text-slate-500">{t('capture.noTab')}</p>}
      {tabId !== null && page !== undefined && !profile && (
        <p className="text-sm text-slate-500" data-testid="capture-empty">
          {t('capture.nothingHere')}
        </p>
      )}
      {page && profile && known !== undefined && pending !== undefined && (
        // Keyed by URL: moving to another profile starts a fresh form, never the previous person's.
        <CaptureForm key={page.url} page={page} profile={profile} known={known} pending={pending !== null} />
      )}
    </section>
  );
}
