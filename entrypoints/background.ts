import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { registerMessageHandlers } from '../lib/background/router';
import { clearTabPage } from '../lib/background/page-state';

export default defineBackground(() => {
  registerMessageHandlers();
  browser.tabs.onRemoved.addListener((tabId) => void clearTabPage(tabId));
});
