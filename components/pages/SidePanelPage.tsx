import { CaptureCard } from '../capture/CaptureCard';
import { GmailAndPageCapture } from '../gmail/GmailAndPageCapture';
import { RecentContacts } from '../capture/RecentContacts';
import { ToCompleteList } from '../capture/ToCompleteList';
import { PlanUsage } from '../PlanUsage';
import { useT } from '../i18n';

export function SidePanelPage() {
  const t = useT();
  return (
    <main className="space-y-3 p-3">
      <header className="flex items-center justify-between">
        <h1 className="text-base font-bold">{t('app.name')}</h1>
        <PlanUsage />
      </header>
      <CaptureCard />
      <ToCompleteList />
      <GmailAndPageCapture />
      <RecentContacts />
    </main>
  );
}
