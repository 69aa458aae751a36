import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { registerMessageHandlers } from '../lib/background/router';
import { clearTabPage } from '../lib/background/page-state';
import { registerShortcut } from '../lib/background/shortcut';
import { registerBadgeAlarms } from '../lib/background/badge';
import { createContextMenu, onMenuClicked } from '../lib/background/context-menu';

export default defineBackground(() => {
  registerMessageHandlers();
  registerShortcut();
  registerBadgeAlarms();
  browser.tabs.onRemoved.addListener((tabId) => void clearTabPage(tabId));
  browser.runtime.onInstalled.addListener(() => void createContextMenu());
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
});
