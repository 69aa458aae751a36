import { useState } from 'react';
import { CaptureCard } from '../capture/CaptureCard';
import { ListCapture } from '../capture/ListCapture';
import { ToCompleteList } from '../capture/ToCompleteList';
import { GmailAndPageCapture } from '../gmail/GmailAndPageCapture';
import { PlanUsage } from '../PlanUsage';
import { ContactList } from '../popup/ContactList';
import { FailedSaveBanner } from '../popup/FailedSaveBanner';
import { PopupActions } from '../popup/PopupActions';
import { QuickEdit } from '../popup/QuickEdit';
import { POPUP_HEADER, POPUP_MAIN, POPUP_TITLE } from '../popup/layout';
import { useT } from '../i18n';
import { SearchInput } from '../ui/SearchInput';

export function PopupPage() {
  const t = useT();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<number>();
  return (
    <main className={POPUP_MAIN}>
      <header className={POPUP_HEADER}>
        <h1 className={POPUP_TITLE}>{t('app.name')}</h1>
        {/* One read of the maintained counters (lib/db): asked at once, not after the list. */}
        <PlanUsage />
      </header>
      <FailedSaveBanner />
      {editing !== undefined ? (
        <QuickEdit contactId={editing} onBack={() => setEditing(undefined)} />
      ) : (
        <>
          <CaptureCard />
          <ListCapture />
          <ToCompleteList />
          <GmailAndPageCapture />
          <SearchInput label={t('popup.search.label')} placeholder={t('popup.search.placeholder')} value={query} onChange={setQuery} />
          <ContactList query={query} onSelect={setEditing} />
        </>
      )}
      <PopupActions />
    </main>
  );
}
