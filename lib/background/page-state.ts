import { browser } from 'wxt/browser';
import type { PageReport } from '../capture/profile';

/**
 * What each tab's content script last reported, kept in storage.session
 * (not in worker memory, which may vanish at any time), keyed by tab.
 */
export interface TabPage extends PageReport {
  tabId: number;
  at: number;
}

export const pageKey = (tabId: number) => `page:${tabId}`;

export async function setTabPage(tabId: number, report: PageReport): Promise<void> {
  const value: TabPage = { ...report, tabId, at: Date.now() };
  await browser.storage.session.set({ [pageKey(tabId)]: value });
}

export async function getTabPage(tabId: number): Promise<TabPage | null> {
  const key = pageKey(tabId);
  const stored = await browser.storage.session.get(key);
  return (stored[key] as TabPage | undefined) ?? null;
}

export function clearTabPage(tabId: number): Promise<void> {
  return browser.storage.session.remove(pageKey(tabId));
}
