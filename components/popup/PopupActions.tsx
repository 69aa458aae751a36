import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { canOpenSidePanel, currentWindowId, openSidePanel } from '../../lib/board/open';
import { useT } from '../i18n';

// One line each: a label wrapping onto three lines looked broken; the row wraps instead.
const BUTTON = 'flex-auto whitespace-nowrap rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800';

/** "Open manager", "Export" and, where the browser has a side panel, "open board". */
export function PopupActions() {
  const t = useT();
  const [windowId, setWindowId] = useState<number>();
  useEffect(() => {
    if (canOpenSidePanel()) void currentWindowId().then(setWindowId);
  }, []);
  return (
    <footer className="flex flex-wrap gap-2">
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()} className={BUTTON}>
        {t('common.openManager')}
      </button>
      <button
        type="button"
        // The export section lets the user pick columns, format and which contacts; a popup is too small for that.
        onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#/export') }).then(() => window.close())}
        className={BUTTON}
      >
        {t('popup.export')}
      </button>
      {windowId !== undefined && (
        <button
          type="button"
          // Called synchronously in the click: Chrome opens the panel only on a user gesture.
          onClick={() => void openSidePanel(windowId).then(() => window.close())}
          className={BUTTON}
        >
          {t('common.openBoard')}
        </button>
      )}
    </footer>
  );
}
