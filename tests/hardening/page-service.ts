/**
 * Call the in-page service (lib/service) from a test, inside a real
 * extension page (popup, options…), as the page's own code does.
 *
 * Extension pages run the service in-page rather than sending messages, and
 * the built bundle's modules are not reachable from outside, so the service
 * is bundled once with esbuild and evaluated in the page (nothing is added to
 * the extension). It opens the same IndexedDB as the page, in the page's
 * origin: a write from here meets the page's own transactions and counters.
 */
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import type { WireAnswer } from './content-world';

let bundle: Promise<string> | undefined;

/** One TypeScript entry bundled as a script to evaluate in an extension page (the bench's helpers use it too). */
export async function pageScript(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    define: { 'import.meta.env.BROWSER': '"chrome"' },
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

function serviceScript(): Promise<string> {
  bundle ??= pageScript('tests/hardening/page-service-entry.ts');
  return bundle;
}

/** Make `window.__fluenzrService` available in the page (once per page). */
export async function installService(page: Page): Promise<void> {
  const present = await page.evaluate(() => '__fluenzrService' in globalThis);
  if (!present) await page.evaluate(await serviceScript());
}

/** Run one service operation in the page: `{ res }` or `{ err }`, as a message's answer was. */
export async function callService<T = unknown>(page: Page, name: string, data: unknown): Promise<WireAnswer<T>> {
  await installService(page);
  return page.evaluate(
    async ([name, data]) => {
      const service = (globalThis as unknown as { __fluenzrService: Record<string, (d: unknown) => Promise<unknown>> }).__fluenzrService;
      try {
        return { res: await service[name as string]!(data) };
      } catch (error) {
        const e = error as Error & { code?: string };
        return { err: { message: e.message, name: e.name, code: e.code } };
      }
    },
    [name, data] as const,
  ) as Promise<WireAnswer<T>>;
}
