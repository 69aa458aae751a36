import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'wxt';

// See README.md ("Permissions") for why each permission is needed;
// tests/unit/manifest.test.ts pins them so a new one is a reviewed change.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  vite: () => ({ plugins: [tailwindcss()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions:
      browser === 'firefox'
        ? ['storage', 'alarms', 'contextMenus', 'activeTab', 'scripting']
        : ['storage', 'sidePanel', 'alarms', 'contextMenus', 'activeTab', 'scripting'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'save-profile': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_saveProfileCommand__' },
    },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'capture@fluenzr.app' } } } : {}),
  }),
});
