import { useMemo } from 'react';
import type { TabPage } from '../../lib/background/page-state';
import { enrichThread } from '../../lib/capture/gmail';
import type { GmailPerson } from '../../lib/capture/gmail-types';
import type { ContactDraft } from '../../lib/model';
import { useSettings } from '../hooks/useSettings';
import { useT } from '../i18n';
import { FeedbackLine } from './FeedbackLine';
import { PersonRow } from './PersonRow';
import { StatusChanges } from './StatusChanges';
import { useSaveDrafts } from './useSaveDrafts';
import { useContactsByEmail } from '../hooks/useContacts';

function draftOf(person: GmailPerson, where: string): ContactDraft {
  const { email, firstName, lastName, company, title, phone } = person;
  return { email, firstName, lastName, company, title, phone, source: { method: 'gmail', where, at: Date.now() } };
}

/** The open Gmail thread: its people, Save per person and Save all, and the statuses it changed. */
export function GmailThreadCard({ page }: { page: TabPage }) {
  const t = useT();
  const settings = useSettings()?.settings;
  const thread = useMemo(() => (page.thread ? enrichThread(page.thread) : undefined), [page.thread]);
  const emails = useMemo(() => [...new Set([...(thread?.people.map((p) => p.email) ?? []), ...(thread?.bounces ?? [])])], [thread]);
  const known = useContactsByEmail(emails);
  const { save, busy, feedback } = useSaveDrafts();

  return (
    <section aria-labelledby="gmail-title" className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700" data-testid="gmail-card">
      <h2 id="gmail-title" className="text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
        {t('gmail.title')}
      </h2>
      {!thread && <p className="text-sm text-slate-500 dark:text-slate-400">{t('gmail.openThread')}</p>}
      {thread && (
        <>
          {thread.people.length === 0 && <p className="text-sm text-slate-500 dark:text-slate-400" data-testid="gmail-nobody">{t('gmail.nobody')}</p>}
          {thread.bounces.length > 0 && (
            <p className="text-sm text-red-700 dark:text-red-400" data-testid="gmail-bounces">
              {t('gmail.bounced', { emails: thread.bounces.join(', ') })}
              {settings && !settings.autoStatusFromGmail && <span className="block text-xs text-slate-500 dark:text-slate-400">{t('gmail.autoOff')}</span>}
            </p>
          )}
          <StatusChanges emails={emails} url={page.url} />
          {thread.people.length > 0 && (
            <>
              <ul className="divide-y divide-slate-100 dark:divide-slate-800">
                {thread.people.map((person) => (
                  <PersonRow key={person.email} person={person} known={known?.get(person.email)} busy={busy} onSave={() => void save([draftOf(person, page.url)])} />
                ))}
              </ul>
              {thread.people.length > 1 && (
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => void save(thread.people.map((person) => draftOf(person, page.url)))}
                  className="w-full rounded bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-50"
                >
                  {t('gmail.saveAll', { count: thread.people.length })}
                </button>
              )}
            </>
          )}
          <FeedbackLine feedback={feedback} testId="gmail-feedback" />
        </>
      )}
    </section>
  );
}
