import { describe, expect, it } from 'vitest';
import { registerMessageHandlers } from '../../../lib/background/router';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessage, sendMessage as librarySend } from '../../../lib/messaging/protocol';
import { sendMessage } from '../../../lib/messaging/send';
import { CONTENT_SCRIPT, sendAs } from '../helpers/runtime';

/**
 * The content scripts' send-only client must be understood by the REAL
 * @webext-core/messaging listener (lib/messaging/protocol.ts onMessage, and
 * the router built on it), answers and errors alike.
 */
describe('content-script sendMessage (lib/messaging/send.ts)', () => {
  const report = { url: 'https://www.linkedin.com/in/jane-doe/', method: 'linkedin' as const, profile: { fullName: 'Jane Doe' } };

  it('sends the library wire format: id, type, data, timestamp', async () => {
    const seen: unknown[] = [];
    onMessage('reportPage', (message) => {
      seen.push({ id: message.id, type: message.type, data: message.data, timestamp: message.timestamp });
    });
    const before = Date.now();
    expect(await sendMessage('reportPage', report)).toBeUndefined();
    await librarySend('reportPage', report);
    const [ours, theirs] = seen as Array<{ id: number; timestamp: number }>;
    expect(ours).toEqual({ id: expect.any(Number), type: 'reportPage', data: report, timestamp: expect.any(Number) });
    expect(Object.keys(ours!).sort()).toEqual(Object.keys(theirs!).sort());
    expect(ours!.timestamp).toBeGreaterThanOrEqual(before);
  });

  it('reports its page through the real router as a content script', async () => {
    registerMessageHandlers();
    sendAs(CONTENT_SCRIPT);
    await sendMessage('reportPage', report);
    expect((await fakeBrowser.storage.session.get('page:7'))['page:7']).toMatchObject({ profile: { fullName: 'Jane Doe' } });
  });

  it('rejects with the same error as the library when the handler throws (router refusal)', async () => {
    registerMessageHandlers();
    sendAs(CONTENT_SCRIPT);
    const bad = { url: 'x', method: 'nowhere' } as never;
    const ours = await sendMessage('reportPage', bad).catch((e: unknown) => e);
    const theirs = await librarySend('reportPage', bad).catch((e: unknown) => e);
    expect(ours).toBeInstanceOf(Error);
    expect(ours).toMatchObject({ name: 'MessageRefused', code: 'invalid_message' });
    const fields = (e: Error & { code?: string }) => ({ name: e.name, message: e.message, code: e.code });
    expect(fields(ours as Error)).toEqual(fields(theirs as Error));
    // The stack is the thrower's, carried over the wire (as the library does), not a local one.
    expect((ours as Error).stack).toMatch(/^MessageRefused: invalid_message/);
  });

  it('rejects "No response" when nobody listens, and on a runtime error', async () => {
    await expect(sendMessage('reportPage', { url: 'https://x.example/', method: 'page', profile: null })).rejects.toThrow('No response');
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage: unknown; lastError?: { message: string } } } }).chrome.runtime;
    runtime.sendMessage = (_message: unknown, callback: (answer: unknown) => void) => {
      runtime.lastError = { message: 'Extension context invalidated.' };
      callback(undefined);
      runtime.lastError = undefined;
    };
    await expect(sendMessage('reportPage', { url: 'https://x.example/', method: 'page', profile: null })).rejects.toThrow('Extension context invalidated.');
  });

  it('only types the messages a content script may send', () => {
    // @ts-expect-error deleteContacts is for extension pages only: the content-script client cannot send it.
    const send = () => sendMessage('deleteContacts', { ids: [1] });
    expect(typeof send).toBe('function');
  });
});
