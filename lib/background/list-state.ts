import { browser } from 'wxt/browser';
import type { ListReport } from '../capture/linkedin-list';

/** What each tab's list-page script last read, in storage.session (the worker keeps nothing in memory). */
export interface TabList extends ListReport {
  tabId: number;
  at: number;
}

export const listKey = (tabId: number) => `list:${tabId}`;
/** The people ticked in the panel for this tab, across its list pages (written by the popup and side panel). */
export const selectionKey = (tabId: number) => `listSelection:${tabId}`;

export async function setTabList(tabId: number, report: ListReport): Promise<void> {
  const value: TabList = { ...report, tabId, at: Date.now() };
  await browser.storage.session.set({ [listKey(tabId)]: value });
}

export async function getTabList(tabId: number): Promise<TabList | null> {
  const key = listKey(tabId);
  const stored = await browser.storage.session.get(key);
  return (stored[key] as TabList | undefined) ?? null;
}

/** A closed tab's list and selection go with it. */
export function clearTabList(tabId: number): Promise<void> {
  return browser.storage.session.remove([listKey(tabId), selectionKey(tabId)]);
}
