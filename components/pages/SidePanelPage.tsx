import { Board } from '../board/Board';
import { SidePanelViews, useInitialView } from '../board/SidePanelViews';
import { PlanUsage } from '../PlanUsage';
import { useT } from '../i18n';
import { Deferred, lazyNamed } from '../ui/lazy';

// Loaded when the capture view is first shown (a profile, a thread or a list in the active tab, or a click on its tab).
const SidePanelCapture = lazyNamed(() => import('./SidePanelCapture'), 'SidePanelCapture');

export function SidePanelPage() {
  const t = useT();
  const [view, setView] = useInitialView();
  return (
    <main className="flex h-screen flex-col gap-2 p-3">
      <header className="flex items-center justify-between">
        <h1 className="text-base font-bold">{t('app.name')}</h1>
        {/* One read of the maintained counters (lib/db): asked at once, not after the first cards. */}
        <PlanUsage />
      </header>
      <SidePanelViews
        view={view}
        onView={setView}
        board={<Board />}
        capture={
          <Deferred>
            <SidePanelCapture />
          </Deferred>
        }
      />
    </main>
  );
}
