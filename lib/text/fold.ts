/** Lower-case and strip accents so "Élodie" and "elodie" compare equal. */
export function foldText(value: string): string {
  return value.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Split folded text into words (letters and digits). */
export function words(value: string): string[] {
  return foldText(value).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
