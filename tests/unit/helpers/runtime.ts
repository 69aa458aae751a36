import type { Browser } from 'wxt/browser';
/**
 * @webext-core/messaging calls the callback-style chrome.runtime API, which
 * WXT's fakeBrowser lacks: this delivers messages to listeners in the same
 * context, as if sent by `currentSender`.
 */
type Listener = (message: unknown, sender: Browser.runtime.MessageSender, respond: (r: unknown) => void) => boolean | void;

export const TEST_EXTENSION_ID = 'fluenzr-test-id';
export const TEST_ORIGIN = `chrome-extension://${TEST_EXTENSION_ID}/`;

const listeners = new Set<Listener>();
let currentSender: Browser.runtime.MessageSender = { id: TEST_EXTENSION_ID, url: `${TEST_ORIGIN}options.html` };

export function sendAs(sender: Browser.runtime.MessageSender): void {
  currentSender = sender;
}

export const EXTENSION_PAGE: Browser.runtime.MessageSender = { id: TEST_EXTENSION_ID, url: `${TEST_ORIGIN}options.html` };
export const CONTENT_SCRIPT: Browser.runtime.MessageSender = {
  id: TEST_EXTENSION_ID,
  url: 'https://www.linkedin.com/in/jane-doe/',
  tab: { id: 7 } as Browser.tabs.Tab,
};

export function installRuntime(): void {
  listeners.clear();
  currentSender = EXTENSION_PAGE;
  const runtime = {
    id: TEST_EXTENSION_ID,
    lastError: undefined,
    getURL: (path: string) => `${TEST_ORIGIN}${path.replace(/^\//, '')}`,
    sendMessage(message: unknown, callback: (response: unknown) => void) {
      let answered = false;
      for (const listener of listeners) {
        const keepOpen = listener(message, currentSender, (response) => {
          answered = true;
          callback(response);
        });
        if (keepOpen || answered) return;
      }
      callback(undefined);
    },
    onMessage: {
      addListener: (listener: Listener) => listeners.add(listener),
      removeListener: (listener: Listener) => listeners.delete(listener),
    },
  };
  (globalThis as unknown as { chrome: unknown }).chrome = { runtime };
}

/**
 * A message of any type as a content script sends it, on the wire of
 * @webext-core/messaging; undefined when nobody answers (no such message).
 */
export function sendFromContentScript(type: string, data: unknown): Promise<{ res?: unknown; err?: { message?: string } } | undefined> {
  const previous = currentSender;
  currentSender = CONTENT_SCRIPT;
  const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown, cb: (a: unknown) => void) => void } } }).chrome.runtime;
  return new Promise((resolve) => {
    runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() }, (answer) => resolve(answer as { res?: unknown } | undefined));
    currentSender = previous;
  });
}
