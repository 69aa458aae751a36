import { round } from '../stats';
import type { Figure } from '../types';

/**
 * The service worker's used JS heap, after a garbage collection, read over
 * DevTools (Runtime.getHeapUsage on the worker target; the Performance
 * domain is not offered on worker targets). No target set by the issue.
 */
export const workerMemory: Figure = {
  id: 'memory',
  async measure(bench) {
    const browser = bench.context.browser();
    if (!browser) throw new Error('no browser-level DevTools session');
    const session = await browser.newBrowserCDPSession();
    const { targetInfos } = await session.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${bench.extensionId}/`));
    if (!worker) throw new Error('service worker target not found');
    const { sessionId } = await session.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    // Non-flat session: commands and answers travel as messages through the browser session.
    const pending = new Map<number, (result: unknown) => void>();
    session.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
      if (message.id !== undefined) pending.get(message.id)?.(message.error ? new Error(message.error.message) : message.result);
    });
    let nextId = 1;
    const call = async <T>(method: string): Promise<T> => {
      const id = nextId++;
      const answer = new Promise<unknown>((resolve) => pending.set(id, resolve));
      await session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      const result = await answer;
      if (result instanceof Error) throw result;
      return result as T;
    };
    await call('HeapProfiler.collectGarbage');
    const { usedSize, totalSize } = await call<{ usedSize: number; totalSize: number }>('Runtime.getHeapUsage');
    await session.detach();
    const mb = (bytes: number) => round(bytes / 1024 / 1024, 2);
    return [{ figure: 'service worker JS heap used', value: mb(usedSize), unit: 'MB', target: null, note: `heap total ${mb(totalSize)} MB, after the captures` }];
  },
};
