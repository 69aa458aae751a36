import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// See README.md ("Permissions") for why each permission is needed;
// tests/unit/manifest.test.ts pins them so a new one is a reviewed change.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  vite: () => ({
    plugins: [tailwindcss()],
    // Content scripts get a lean ContentScriptContext (same API, ~2 KB less): lib/capture/lean-context.ts.
    resolve: { alias: { 'wxt/utils/content-script-context': fileURLToPath(new URL('./lib/capture/lean-context.ts', import.meta.url)) } },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: the contact base lives in IndexedDB; without it the
    // browser may evict it under storage pressure (see README "Permissions").
    permissions:
      browser === 'firefox'
        ? ['storage', 'unlimitedStorage', 'alarms', 'contextMenus', 'activeTab', 'scripting']
        : ['storage', 'sidePanel', 'unlimitedStorage', 'alarms', 'contextMenus', 'activeTab', 'scripting'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'save-profile': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_saveProfileCommand__' },
    },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'capture@fluenzr.app' } } } : {}),
  }),
});
