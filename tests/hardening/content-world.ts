/**
 * Drive the extension's own content-script world of a web page from a test.
 *
 * The content script runs in an isolated world that Playwright's
 * page.evaluate cannot reach; Chrome DevTools Protocol can: Runtime.enable
 * lists every execution context of the page, including the isolated world
 * Chrome creates for this extension (origin chrome-extension://<id>).
 * Code evaluated there has the content script's chrome.runtime, so the
 * background sees a real content-script sender (a tab, the page's URL).
 *
 * Messages are built in the wire format of @webext-core/messaging
 * ({ id, type, data, timestamp } → { res } | { err }): the bundled
 * sendMessage of the content script is not reachable from outside.
 */
import type { CDPSession, Page } from '@playwright/test';

export interface WireAnswer<T = unknown> {
  res?: T;
  err?: { message: string; name?: string; code?: string };
  /** chrome.runtime.lastError, e.g. when nobody answered. */
  lastError?: string;
}

export interface ContentWorld {
  /** Evaluate an expression (may return a promise) in the content script's world. */
  evaluate<T>(expression: string): Promise<T>;
  /** Send one protocol message as the content script would. */
  send<T = unknown>(type: string, data: unknown): Promise<WireAnswer<T>>;
  session: CDPSession;
}

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { type?: string; isDefault?: boolean; frameId?: string };
}

/** The browser-side function that sends one message (kept as source text for CDP). */
export const SEND_SOURCE = `(type, data) => new Promise((resolve) => {
  const message = { id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() };
  chrome.runtime.sendMessage(message, (answer) => {
    const lastError = chrome.runtime.lastError && chrome.runtime.lastError.message;
    resolve(Object.assign({}, answer || {}, lastError ? { lastError } : {}));
  });
})`;

export async function contentWorld(page: Page, extensionId: string, timeoutMs = 10_000): Promise<ContentWorld> {
  const session = await page.context().newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context as ExecutionContext));
  await session.send('Runtime.enable');
  const origin = `chrome-extension://${extensionId}`;
  const deadline = Date.now() + timeoutMs;
  let world: ExecutionContext | undefined;
  // The content script runs at document_idle: its world may appear a little later.
  while (!(world = contexts.findLast((c) => c.origin === origin && c.auxData?.type === 'isolated'))) {
    if (Date.now() > deadline) throw new Error(`no content-script world of ${extensionId} in ${page.url()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const contextId = world.id;

  const evaluate = async <T>(expression: string): Promise<T> => {
    const answer = await session.send('Runtime.evaluate', { contextId, expression, awaitPromise: true, returnByValue: true });
    if (answer.exceptionDetails) throw new Error(`content world: ${answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text}`);
    return answer.result.value as T;
  };
  return {
    session,
    evaluate,
    send: (type, data) => evaluate(`(${SEND_SOURCE})(${JSON.stringify(type)}, ${JSON.stringify(data)})`),
  };
}
