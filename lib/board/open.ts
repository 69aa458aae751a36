import { browser } from 'wxt/browser';
import { contactsHref } from '../navigation/links';

/** The manager's address for one contact (the manager reads `contact`). */
export function managerUrlFor(contactId: number): string {
  return `${browser.runtime.getURL('/options.html')}${contactsHref({ contactId })}`;
}

/** Open a section of the manager ("privacy", "settings"…) in a new tab. */
export async function openManagerSection(section: string): Promise<void> {
  await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#/${section}` });
}

/** Open the contact in the full-page manager, in a new tab (no `tabs` permission needed). */
export async function openInManager(contactId: number): Promise<void> {
  await browser.tabs.create({ url: managerUrlFor(contactId) });
}

interface SidePanelApi {
  open(options: { windowId: number }): Promise<void>;
}

function sidePanelApi(): SidePanelApi | undefined {
  return (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
}

/** Chrome has a side panel; Firefox (sidebar) does not, so the button is hidden there. */
export function canOpenSidePanel(): boolean {
  return typeof sidePanelApi()?.open === 'function';
}

/** The window this page lives in: read ahead, because opening the panel must not wait. */
export async function currentWindowId(): Promise<number | undefined> {
  return (await browser.windows.getCurrent()).id;
}

/**
 * Open the side panel (the board) in a window. Call it straight from the click
 * handler with a window id read beforehand: Chrome requires a user gesture,
 * and awaiting anything first may lose it.
 */
export function openSidePanel(windowId: number): Promise<void> {
  return sidePanelApi()?.open({ windowId }) ?? Promise.resolve();
}
