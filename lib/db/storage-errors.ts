/**
 * A full disk (or the browser's storage quota for the extension) makes
 * IndexedDB fail with QuotaExceededError. The transaction is then aborted
 * as a whole, so nothing is half-written; what remains is to tell the user
 * clearly. Dexie may wrap the browser's error (AbortError with `inner`, or
 * a bulk error with `failures`), so the whole chain is inspected.
 */
export const STORAGE_FULL = 'storage_full';

export class StorageFullError extends Error {
  constructor() {
    super(STORAGE_FULL);
    this.name = 'StorageFullError';
  }
}

interface Wrapped {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as Wrapped;
  if (e.name === 'QuotaExceededError' || e.name === 'StorageFullError' || e.message === STORAGE_FULL) return true;
  const nested = [e.inner, e.cause, ...(Array.isArray(e.failures) ? e.failures : [])];
  return nested.some((inner) => isQuotaError(inner, depth + 1));
}

/** Run a storage write; a quota failure becomes StorageFullError ("storage_full"). */
export async function guardStorage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isQuotaError(error) ? new StorageFullError() : error;
  }
}
