import { emailDomain } from '../model/email';
import { COMMON_DOMAINS, DISPOSABLE_DOMAINS, ROLE_LOCAL_PARTS } from './domains';

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent swaps, so
 * "gmial" is one edit from "gmail"), stopping early past `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The common domain this one is probably a typo of, or undefined. One edit is
 * allowed (two only for long domains such as googlemail.com: with two edits
 * real companies like oracle.fr would look like orange.fr); a tie between two
 * candidates is no suggestion (guessing wrong is worse than saying nothing).
 */
export function suggestDomain(domain: string): string | undefined {
  const d = domain.toLowerCase();
  if ((COMMON_DOMAINS as readonly string[]).includes(d)) return undefined;
  const max = d.length >= 13 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = max + 1;
  let tie = false;
  for (const candidate of COMMON_DOMAINS) {
    const distance = editDistance(d, candidate, max);
    if (distance < bestDistance) [best, bestDistance, tie] = [candidate, distance, false];
    else if (distance === bestDistance && distance <= max) tie = true;
  }
  return best && !tie ? best : undefined;
}

export interface EmailQuality {
  /** The same address on the likely intended domain (gmial.com → gmail.com). */
  suggestion?: string;
  /** A function address (contact@, sales@…) rather than a person's. */
  role: boolean;
  /** A throwaway-mail provider. */
  disposable: boolean;
}

/** Checks for an already valid, normalized email. Pure. */
export function emailQuality(email: string): EmailQuality {
  const at = email.lastIndexOf('@');
  if (at < 1) return { role: false, disposable: false };
  const local = email.slice(0, at).toLowerCase();
  const domain = emailDomain(email).toLowerCase();
  const suggested = suggestDomain(domain);
  const base = local.split('+')[0]!;
  return {
    ...(suggested ? { suggestion: `${local}@${suggested}` } : {}),
    role: ROLE_LOCAL_PARTS.has(base),
    disposable: DISPOSABLE_DOMAINS.has(domain),
  };
}

export function hasQualityIssue(quality: EmailQuality): boolean {
  return !!quality.suggestion || quality.role || quality.disposable;
}
