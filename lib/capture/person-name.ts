/**
 * First and last name from a display name: "Jane Doe", "Doe, Jane" and the
 * French "DUPONT Jean" (family name first, in capitals).
 */
export function splitName(display: string | undefined): { firstName?: string; lastName?: string } {
  const name = display?.replace(/\s*\(.*?\)\s*/g, ' ').replace(/["“”]/g, '').replace(/\s+/g, ' ').trim();
  if (!name || name.includes('@')) return {};
  if (name.includes(',')) {
    const [last, first] = name.split(',').map((part) => part.trim());
    return compact(first, last ? tidy(last) : undefined);
  }
  const words = name.split(' ');
  if (words.length === 1) return { firstName: words[0] };
  const isCaps = (word: string) => word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
  const leadingCaps = words.findIndex((word) => !isCaps(word));
  if (leadingCaps > 0) {
    return compact(words.slice(leadingCaps).join(' '), tidy(words.slice(0, leadingCaps).join(' ')));
  }
  return compact(words[0], tidy(words.slice(1).join(' ')));
}

/** "DUPONT" → "Dupont", "LE GALL" → "Le Gall"; mixed case is kept as typed. */
function tidy(last: string): string {
  if (last !== last.toUpperCase()) return last;
  return last.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

function compact(firstName: string | undefined, lastName: string | undefined) {
  const out: { firstName?: string; lastName?: string } = {};
  if (firstName) out.firstName = firstName;
  if (lastName) out.lastName = lastName;
  return out;
}

const PARTICLES = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'van', 'von', 'der', 'den', 'di', 'da', 'del', 'bin', 'ben']);

/** "Jane Doe", "Jean de La Fontaine": yes; "Write to us", "<b>Jane</b>", "Member 12": no. */
export function looksLikePersonName(text: string | undefined): boolean {
  const words = text?.trim().split(/\s+/) ?? [];
  if (words.length < 1 || words.length > 5) return false;
  return words.every((word) => PARTICLES.has(word.toLowerCase().replace(/'$/, '')) || /^\p{Lu}[\p{L}'’.-]*$/u.test(word));
}
