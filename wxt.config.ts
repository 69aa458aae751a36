import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// See README.md ("Permissions") for why each permission is needed;
// tests/unit/manifest.test.ts pins them so a new one is a reviewed change.

// Extension pages run only the extension's own scripts and reach nothing
// outside it (README "Security"): no remote or inline code, no plugins, no
// framing, no form posting, no requests but to the extension's own files.
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
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
        ? ['storage', 'unlimitedStorage', 'alarms', 'contextMenus', 'activeTab', 'scripting', 'notifications']
        : ['storage', 'sidePanel', 'unlimitedStorage', 'alarms', 'contextMenus', 'activeTab', 'scripting', 'notifications'],
    action: { default_title: '__MSG_extName__' },
    content_security_policy: browser === 'firefox' ? (EXTENSION_PAGES_CSP as never) : { extension_pages: EXTENSION_PAGES_CSP },
    commands: {
      'save-profile': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_saveProfileCommand__' },
    },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'capture@fluenzr.app', data_collection_permissions: { required: ['none'] } } } } : {}),
  }),
});
