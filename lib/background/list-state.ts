import type { ListReport } from '../capture/linkedin-list';
import { tabStore, type ForTab } from './tab-state';

/** What each tab's list-page script last read, keyed by tab. */
export type TabList = ForTab<ListReport>;

/** The people ticked in the panel for this tab, across its list pages (written by the popup and side panel). */
export const selectionKey = (tabId: number) => `listSelection:${tabId}`;

// A closed tab's list and selection go with it.
const lists = tabStore<ListReport>('list', [selectionKey]);
export const listKey = lists.key;
export const setTabList = lists.set;
export const getTabList = lists.get;
export const clearTabList = lists.clear;
