import { z } from '../zod';

/**
 * Passphrase encryption of the part of a backup that must not be readable by
 * whoever finds the file: the suppression list. Its entries are SHA-256 of
 * addresses, so anyone holding them could test guessed addresses; sealed,
 * they are AES-256-GCM ciphertext under a key derived from the passphrase
 * with PBKDF2-SHA-256 (WebCrypto, in every browser and in Node).
 */
export const SealedSchema = z.object({
  cipher: z.literal('AES-256-GCM'),
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().min(100_000).max(10_000_000),
  salt: z.string().regex(/^[A-Za-z0-9+/=]{16,64}$/),
  iv: z.string().regex(/^[A-Za-z0-9+/=]{16,32}$/),
  data: z.string().regex(/^[A-Za-z0-9+/=]*$/),
});
export type Sealed = z.infer<typeof SealedSchema>;

/** OWASP's 2023 figure for PBKDF2-SHA-256: about half a second in a browser. */
export const SEAL_ITERATIONS = 600_000;
export const MIN_PASSPHRASE = 8;

export class SealError extends Error {
  constructor(readonly code: 'passphrase_required' | 'passphrase_too_short' | 'wrong_passphrase') {
    super(code);
    this.name = 'SealError';
  }
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

export async function seal(value: unknown, passphrase: string, iterations = SEAL_ITERATIONS): Promise<Sealed> {
  if (passphrase.length < MIN_PASSPHRASE) throw new SealError('passphrase_too_short');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain));
  return { cipher: 'AES-256-GCM', kdf: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), iv: toBase64(iv), data: toBase64(data) };
}

/** The sealed value, or SealError('wrong_passphrase') (GCM authenticates: a wrong key never yields garbage). */
export async function unseal(sealed: Sealed, passphrase: string | undefined): Promise<unknown> {
  if (!passphrase) throw new SealError('passphrase_required');
  const key = await deriveKey(passphrase, fromBase64(sealed.salt), sealed.iterations);
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv) as BufferSource }, key, fromBase64(sealed.data) as BufferSource);
    return JSON.parse(new TextDecoder().decode(plain));
  } catch {
    throw new SealError('wrong_passphrase');
  }
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}
