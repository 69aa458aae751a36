import type { PageReport } from '../capture/profile';
import { tabStore, type ForTab } from './tab-state';

/** What each tab's content script last reported (a profile, a Gmail thread, a page), keyed by tab. */
export type TabPage = ForTab<PageReport>;

const pages = tabStore<PageReport>('page');
export const pageKey = pages.key;
export const setTabPage = pages.set;
export const getTabPage = pages.get;
export const clearTabPage = pages.clear;
