import { counterKey } from '../db/counters';
import { DB_NAME } from '../db/name';
import { DEFAULT_PLAN, LOCALE_SETTINGS, PLANS, usageOf, type LocaleSetting, type Plan, type PlanUsage } from '../model/settings-values';

/** What the popup can show before React, Dexie and zod have loaded. */
export interface FirstPaint {
  usage: PlanUsage;
  locale: LocaleSetting;
}

/**
 * The plan usage and the locale setting, read with plain IndexedDB: about
 * 2 ms, where the popup's modules take over 100 ms to load (README
 * "How it is built", page weight). Never creates or upgrades the database (a
 * first run has none yet: Dexie creates it), never keeps it open. Undefined
 * when the database is missing or older than the counters, or on any error:
 * the page then shows its usage when it has loaded, as it always did.
 */
export function readFirstPaint(factory: IDBFactory = indexedDB): Promise<FirstPaint | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME);
    } catch {
      return resolve(undefined);
    }
    // Only a missing database needs an upgrade here: abort it, so nothing is created.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(undefined);
    request.onblocked = () => resolve(undefined);
    request.onsuccess = () => {
      const db = request.result;
      // Dexie upgrading the schema in another page must not wait for this one.
      db.onversionchange = () => db.close();
      try {
        const tx = db.transaction(['counters', 'kv'], 'readonly');
        const counter = tx.objectStore('counters').get(counterKey.archived(0));
        const settings = tx.objectStore('kv').get('settings');
        tx.oncomplete = () => {
          db.close();
          resolve(firstPaintOf(counter.result as { n?: unknown } | undefined, (settings.result as { value?: unknown } | undefined)?.value));
        };
        tx.onerror = tx.onabort = () => {
          db.close();
          resolve(undefined);
        };
      } catch {
        db.close();
        resolve(undefined);
      }
    };
  });
}

/** The stored rows as the settings schema would read them: an unknown plan or locale is its default. */
export function firstPaintOf(counter: { n?: unknown } | undefined, settings: unknown): FirstPaint | undefined {
  const used = counter === undefined ? 0 : counter.n;
  if (typeof used !== 'number' || !Number.isInteger(used) || used < 0) return undefined;
  const stored = typeof settings === 'object' && settings !== null ? (settings as Record<string, unknown>) : {};
  const plan = PLANS.includes(stored.plan as Plan) ? (stored.plan as Plan) : DEFAULT_PLAN;
  const locale = LOCALE_SETTINGS.includes(stored.locale as LocaleSetting) ? (stored.locale as LocaleSetting) : 'auto';
  return { usage: usageOf(plan, used), locale };
}

let painted: PlanUsage | undefined;

/** Keep what the first paint showed, for the page's first render to show the same (no flicker). */
export function rememberFirstPaint(usage: PlanUsage): void {
  painted = usage;
}

/** What the first paint showed, until the page has its live count (then forgotten). */
export function firstPaintUsage(): PlanUsage | undefined {
  return painted;
}

export function forgetFirstPaint(): void {
  painted = undefined;
}
