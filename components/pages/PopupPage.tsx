import { useId, useState } from 'react';
import { CaptureCard } from '../capture/CaptureCard';
import { ToCompleteList } from '../capture/ToCompleteList';
import { GmailAndPageCapture } from '../gmail/GmailAndPageCapture';
import { PlanUsage } from '../PlanUsage';
import { ContactList } from '../popup/ContactList';
import { PopupActions } from '../popup/PopupActions';
import { QuickEdit } from '../popup/QuickEdit';
import { useT } from '../i18n';

export function PopupPage() {
  const t = useT();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<number>();
  return (
    <main className="w-[360px] space-y-3 p-3">
      <header className="flex items-center justify-between">
        <h1 className="text-base font-bold">{t('app.name')}</h1>
        {/* One read of the maintained counters (lib/db): asked at once, not after the list. */}
        <PlanUsage />
      </header>
      {editing !== undefined ? (
        <QuickEdit contactId={editing} onBack={() => setEditing(undefined)} />
      ) : (
        <>
          <CaptureCard />
          <ToCompleteList />
          <GmailAndPageCapture />
          <div>
            <label htmlFor={searchId} className="sr-only">
              {t('popup.search.label')}
            </label>
            <input
              id={searchId}
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder={t('popup.search.placeholder')}
              className="block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 dark:border-slate-600 dark:bg-slate-800"
            />
          </div>
          <ContactList query={query} onSelect={setEditing} />
        </>
      )}
      <PopupActions />
    </main>
  );
}
