import { emailHash } from '../gdpr/hash';

/**
 * Thrown inside a write transaction that met an email it has no hash for,
 * before anything was written: the runner hashes them and tries again.
 * Hashing (crypto.subtle) cannot run inside the transaction: IndexedDB
 * commits a transaction that waits on anything but its own requests.
 */
export class NeedHashes extends Error {
  constructor(
    readonly emails: string[],
    readonly book: HashBook,
  ) {
    super('need_hashes');
    this.name = 'NeedHashes';
  }
}

/** Suppression hashes computed ahead of a write transaction (through lib/gdpr/hash, whatever its keying). */
export class HashBook {
  private readonly known = new Map<string, string>();

  /** Hash the emails not yet known (outside any transaction); returns how many were new. */
  async add(emails: Iterable<string>): Promise<number> {
    const missing = [...new Set(emails)].filter((email) => !this.known.has(email));
    const digests = await Promise.all(missing.map((email) => emailHash(email)));
    missing.forEach((email, i) => this.known.set(email, digests[i]!));
    return missing.length;
  }

  /** Inside a transaction: refuse (NeedHashes) unless every email is known, so nothing is half-written. */
  require(emails: Iterable<string>): void {
    const missing = [...new Set(emails)].filter((email) => !this.known.has(email));
    if (missing.length) throw new NeedHashes(missing, this);
  }

  of(email: string): string {
    const hash = this.known.get(email);
    if (hash === undefined) throw new NeedHashes([email], this);
    return hash;
  }

  peek(email: string): string | undefined {
    return this.known.get(email);
  }
}
