import { isListPage } from '../../lib/capture/linkedin-list';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useActiveTabPage } from '../hooks/useActiveTabPage';
import { useT } from '../i18n';

export type PanelView = 'board' | 'capture';

/**
 * The panel's first view: "On this page" when the active tab shows someone to
 * capture, else the board. Chosen once; the user switches freely after.
 */
export function useInitialView(): [PanelView | undefined, (view: PanelView) => void] {
  const { tabId, page } = useActiveTabPage();
  const [view, setView] = useState<PanelView>();
  const decided = tabId === null || page !== undefined;
  // A page with someone to capture (a profile, a Gmail thread, a list of people) opens on the capture view.
  const initial: PanelView = page?.profile || page?.thread?.people.length || (page && isListPage(page.url)) ? 'capture' : 'board';
  if (view === undefined && decided) setView(initial);
  return [view, setView];
}

interface Props {
  view: PanelView | undefined;
  onView: (view: PanelView) => void;
  board: ReactNode;
  capture: ReactNode;
}

/** Two views in a narrow panel: the pipeline board and the "On this page" capture card. */
export function SidePanelViews({ view, onView, board, capture }: Props) {
  const t = useT();
  const tabs: Array<[PanelView, string]> = [
    ['board', t('board.title')],
    ['capture', t('capture.onThisPage')],
  ];
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next: PanelView = view === 'board' ? 'capture' : 'board';
    onView(next);
    document.getElementById(`view-tab-${next}`)?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label={t('board.views')} className="flex gap-1 border-b border-slate-200 dark:border-slate-700" onKeyDown={onKeyDown}>
        {tabs.map(([id, label]) => (
          <button
            key={id}
            id={`view-tab-${id}`}
            type="button"
            role="tab"
            aria-selected={view === id}
            aria-controls={`view-${id}`}
            tabIndex={view === id ? 0 : -1}
            onClick={() => onView(id)}
            className="-mb-px border-b-2 border-transparent px-3 py-1.5 text-sm text-slate-600 hover:text-slate-900 aria-selected:border-indigo-600 aria-selected:font-semibold aria-selected:text-indigo-700 dark:text-slate-300 dark:aria-selected:border-indigo-400 dark:aria-selected:text-indigo-200"
          >
            {label}
          </button>
        ))}
      </div>
      {/* While the first view is being chosen (two browser calls), the board is already
          mounted, hidden, so its queries start with the page instead of after that choice. */}
      {(view === 'board' || view === undefined) && (
        <div role="tabpanel" id="view-board" aria-labelledby="view-tab-board" hidden={view === undefined} className="flex min-h-0 flex-1 flex-col">
          {board}
        </div>
      )}
      {view === 'capture' && (
        <div role="tabpanel" id="view-capture" aria-labelledby="view-tab-capture" className="min-h-0 flex-1 space-y-3 overflow-y-auto">
          {capture}
        </div>
      )}
    </>
  );
}
