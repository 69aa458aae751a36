import { browser } from 'wxt/browser';

/** A report as kept for its tab: what the content script read, which tab, when. */
export type ForTab<R> = R & { tabId: number; at: number };

/**
 * One report per tab, kept in storage.session (not in worker memory, which
 * may vanish at any time) under `name:tabId`. `companions` are other keys
 * of the same tab that go with it when the tab closes.
 */
export function tabStore<R extends object>(name: string, companions: Array<(tabId: number) => string> = []) {
  const key = (tabId: number) => `${name}:${tabId}`;
  return {
    key,
    async set(tabId: number, report: R): Promise<void> {
      const value: ForTab<R> = { ...report, tabId, at: Date.now() };
      await browser.storage.session.set({ [key(tabId)]: value });
    },
    async get(tabId: number): Promise<ForTab<R> | null> {
      const stored = await browser.storage.session.get(key(tabId));
      return (stored[key(tabId)] as ForTab<R> | undefined) ?? null;
    },
    clear(tabId: number): Promise<void> {
      return browser.storage.session.remove([key(tabId), ...companions.map((companion) => companion(tabId))]);
    },
  };
}
