import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { registerMessageHandlers } from '../lib/background/router';
import { clearTabPage } from '../lib/background/page-state';
import { clearTabList } from '../lib/background/list-state';
import { registerShortcut } from '../lib/background/shortcut';
import { registerBadgeAlarms } from '../lib/background/badge';
import { createContextMenu, onMenuClicked } from '../lib/background/context-menu';
import { recountAfterUpdate } from '../lib/background/update';
import { openWelcome } from '../lib/background/welcome';
import { registerReminders } from '../lib/reminders/register';
import { registerUndoPurge } from '../lib/background/undo-purge';
import { registerTeamSync } from '../lib/background/team-sync';

export default defineBackground(() => {
  registerMessageHandlers();
  registerShortcut();
  registerBadgeAlarms();
  registerReminders();
  registerUndoPurge();
  registerTeamSync();
  browser.tabs.onRemoved.addListener((tabId) => void clearTabPage(tabId));
  browser.tabs.onRemoved.addListener((tabId) => void clearTabList(tabId));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void createContextMenu();
    if (reason === 'install') void openWelcome();
    if (reason === 'update') void recountAfterUpdate();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
});
