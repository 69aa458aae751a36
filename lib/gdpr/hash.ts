import { normalizeEmail } from '../model/email';

/** SHA-256 hex of the normalized email: what the suppression list keeps. */
export async function emailHash(email: string): Promise<string> {
  const bytes = new TextEncoder().encode(normalizeEmail(email));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
