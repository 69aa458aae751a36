import { browser } from 'wxt/browser';

/** The first-run page, opened once when the extension is installed (not on updates). */
export async function openWelcome(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}
