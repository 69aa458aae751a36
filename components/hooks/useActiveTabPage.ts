import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { pageKey, type TabPage } from '../../lib/background/page-state';

type TabLookup = { at: number; tab: Promise<number | null>; page: Promise<TabPage | null> };
let early: TabLookup | undefined;
/** A lookup started at page start answers the hooks mounted in the page's first second only (the user may switch tabs later). */
const EARLY_MS = 1000;

const activeTab = async (): Promise<number | null> => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? null;
const storedPage = async (tabId: number): Promise<TabPage | null> => {
  const key = pageKey(tabId);
  return ((await browser.storage.session.get(key))[key] as TabPage | undefined) ?? null;
};

/**
 * Ask for the active tab and what its content script reported before React
 * renders: the side panel decides between its board and its capture view on
 * that answer, and the two browser calls otherwise came one after the other,
 * each after a render.
 */
export function startTabLookup(): void {
  if (new URLSearchParams(location.search).get('tabId')) return;
  const tab = activeTab();
  const page = tab.then((id) => (id === null ? null : storedPage(id)));
  page.catch(() => undefined);
  early = { at: performance.now(), tab, page };
}

const earlyLookup = () => (early && performance.now() - early.at < EARLY_MS ? early : undefined);

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
    const refresh = async (first: boolean) => {
      const id = await ((first && earlyLookup()?.tab) || activeTab());
      if (alive) setTabId(id);
    };
    void refresh(true);
    const onActivated = () => void refresh(false);
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
    const started = earlyLookup();
    const read = started ? started.tab.then((id) => (id === tabId ? started.page : storedPage(tabId))) : storedPage(tabId);
    void read.then((page) => {
      if (alive) setState({ tabId, page });
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
