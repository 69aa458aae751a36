import { browser } from 'wxt/browser';
import { CaptureCard } from '../capture/CaptureCard';
import { GmailAndPageCapture } from '../gmail/GmailAndPageCapture';
import { RecentContacts } from '../capture/RecentContacts';
import { ToCompleteList } from '../capture/ToCompleteList';
import { PlanUsage } from '../PlanUsage';
import { useT } from '../i18n';

export function PopupPage() {
  const t = useT();
  return (
    <main className="w-[360px] space-y-3 p-3">
      <header className="flex items-center justify-between">
        <h1 className="text-base font-bold">{t('app.name')}</h1>
        <PlanUsage />
      </header>
      <CaptureCard />
      <ToCompleteList />
      <GmailAndPageCapture />
      <RecentContacts limit={5} />
      <footer className="flex gap-2">
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()} className="flex-1 rounded border border-slate-300 px-2 py-1 text-sm dark:border-slate-600">
          {t('common.openManager')}
        </button>
      </footer>
    </main>
  );
}
