import { RecentContacts } from '../capture/RecentContacts';
import { PlanUsage } from '../PlanUsage';
import { SettingsPanel } from '../settings/SettingsPanel';
import { useT } from '../i18n';

export function ManagerPage() {
  const t = useT();
  return (
    <main className="mx-auto max-w-5xl space-y-6 p-6">
      <header className="flex items-center justify-between">
        <h1 className="text-xl font-bold">{t('app.name')}</h1>
        <PlanUsage />
      </header>
      <RecentContacts limit={50} />
      <SettingsPanel />
    </main>
  );
}
