import { pendingKey } from '../../lib/contacts/pending';
import { useActiveTabPage } from '../hooks/useActiveTabPage';
import { useT } from '../i18n';
import { CaptureForm } from './CaptureForm';
import { QuickNote } from '../followups/QuickNote';
import { useKnownProfile } from '../hooks/useContacts';

/** "On this page": the person the active tab shows, editable, saved in one click. */
export function CaptureCard() {
  const t = useT();
  const { tabId, page } = useActiveTabPage();
  const profile = page?.profile ?? null;
  const key = profile && page ? pendingKey(profile, page.url) : undefined;
  // useLiveQuery keeps its previous result while a new query runs: each answer
  // carries the question it answers, so a form never starts from a stale one.
  const question = `${profile?.linkedinUrl ?? ''}|${profile?.email ?? ''}|${key ?? ''}`;
  const answer = useKnownProfile(question, profile, key);
  const current = answer?.question === question ? answer : undefined;
  // Gmail threads have their own card (components/gmail); a LinkedIn hint there would mislead.
  if (page?.method === 'gmail') return null;

  return (
    <section aria-labelledby="capture-title" className="rounded-lg border border-slate-200 p-3 dark:border-slate-700" data-testid="capture-card">
      <h2 id="capture-title" className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
        {t('capture.onThisPage')}
      </h2>
      {tabId === null && <p className="text-sm text-slate-500 dark:text-slate-400">{t('capture.noTab')}</p>}
      {tabId !== null && page !== undefined && !profile && (
        <p className="text-sm text-slate-500 dark:text-slate-400" data-testid="capture-empty">
          {t('capture.nothingHere')}
        </p>
      )}
      {page && profile && current && (
        // Keyed by URL and what was read: another profile, or a card that finished
        // rendering (experience loads late), starts a fresh form, never a stale one.
        <CaptureForm key={`${page.url}|${JSON.stringify(profile)}`} page={page} profile={profile} known={current.known} pending={current.pending} />
      )}
      {page && profile && current?.known && <QuickNote key={current.known.id} contact={current.known} />}
    </section>
  );
}
