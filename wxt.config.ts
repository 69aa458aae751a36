import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// See README.md ("Permissions") for why each permission is needed;
// tests/unit/manifest.test.ts pins them so a new one is a reviewed change.

// Extension pages run only the extension's own scripts and reach nothing
// outside it (README "Security"): no remote or inline code, no plugins, no
// framing, no form posting, no requests but to the extension's own files
// and, for team sync (README "Team"), to an HTTPS server or one on this
// machine: a CSP is static, so the configured server's origin cannot be
// named here; lib/sync/pouch.ts refuses every other origin, and nothing is
// reached at all until the user grants that one origin (optional_host_permissions).
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
const TEAM_ORIGINS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

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
    // Team sync: the user's own CouchDB, granted at runtime for that one origin (README "Team").
    // Firefox's MV2 has no optional_host_permissions: host patterns go in optional_permissions there.
    ...(browser === 'firefox' ? { optional_permissions: TEAM_ORIGINS as never } : { optional_host_permissions: TEAM_ORIGINS }),
    action: { default_title: '__MSG_extName__' },
    content_security_policy: browser === 'firefox' ? (EXTENSION_PAGES_CSP as never) : { extension_pages: EXTENSION_PAGES_CSP },
    commands: {
      'save-profile': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_saveProfileCommand__' },
    },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'capture@fluenzr.app', data_collection_permissions: { required: ['none'] } } } } : {}),
  }),
});
