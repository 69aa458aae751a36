import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { pageKey, type TabPage } from '../../lib/background/page-state';

/**
 * The tab this page works on: `?tabId=` when given (a page opened for a
 * given tab), else the active tab of the current window, followed as the
 * user switches tabs (the side panel stays open across tabs).
 */
export function useActiveTabId(): number | null | undefined {
  const [tabId, setTabId] = useState<number | null | undefined>(() => {
    const param = new URLSearchParams(location.search).get('tabId');
    return param ? Number(param) : undefined;
  });
  useEffect(() => {
    if (new URLSearchParams(location.search).get('tabId')) return;
    let alive = true;
    const refresh = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (alive) setTabId(tab?.id ?? null);
    };
    void refresh();
    const onActivated = () => void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, []);
  return tabId;
}

export interface ActiveTabPage {
  tabId: number | null | undefined;
  page: TabPage | null | undefined;
}

/** What the content script of the active tab last reported, live. */
export function useActiveTabPage(): ActiveTabPage {
  const tabId = useActiveTabId();
  // Remember which tab a page belongs to, so a tab switch never shows the previous tab's page.
  const [state, setState] = useState<{ tabId: number; page: TabPage | null }>();
  useEffect(() => {
    if (tabId === undefined || tabId === null) return;
    const key = pageKey(tabId);
    let alive = true;
    void browser.storage.session.get(key).then((stored) => {
      if (alive) setState({ tabId, page: (stored[key] as TabPage | undefined) ?? null });
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) setState({ tabId, page: (changes[key]?.newValue as TabPage | undefined) ?? null });
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [tabId]);
  if (tabId === null) return { tabId, page: null };
  return { tabId, page: state && state.tabId === tabId ? state.page : undefined };
}
