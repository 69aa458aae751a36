import { gmailThreadId } from '../capture/gmail-selectors';

/**
 * Automatic status changes are recorded with the thread URL as their
 * history origin; the same thread opened from another label
 * (#inbox/ID, #all/ID) is the same thread.
 */
export function threadKey(url: string): string | undefined {
  if (!/^https:\/\/mail\.google\.com\//.test(url)) return undefined;
  const id = gmailThreadId(url);
  return id ? `gmail:${id}` : undefined;
}

export function sameThread(origin: string | undefined, url: string): boolean {
  const key = threadKey(url);
  return key !== undefined && origin !== undefined && threadKey(origin) === key;
}
