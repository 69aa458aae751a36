/**
 * Where a message's signature starts, from its lines (quoted replies already
 * removed). Ordered strategies: the "-- " delimiter; the sender's name on a
 * line of its own near the end; the line after a closing ("Cordialement,").
 */
const DELIMITER = /^(--|—|–|__+|-- ?)$/;
const CLOSING = /^(cordialement|bien cordialement|bien à vous|sincères salutations|salutations|bonne (journée|soirée)|merci( beaucoup)?|à bientôt|best( regards| wishes)?|kind regards|regards|warm regards|many thanks|thanks|thank you|sincerely|cheers|all the best)[\s,.!]*$/i;
const MAX_LINES = 12;

export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** True when the line is the person's name (any order, any case, accents aside). */
export function isNameLine(line: string, name: string | undefined): boolean {
  if (!name) return false;
  const words = fold(name).split(/[\s,]+/).filter((w) => w.length > 1);
  const folded = fold(line).replace(/[,.]/g, ' ');
  const lineWords = folded.split(' ').filter(Boolean);
  return words.length > 0 && lineWords.length <= words.length + 1 && words.every((w) => lineWords.includes(w));
}

export function locateSignature(lines: string[], senderName?: string): string[] | undefined {
  let start = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (DELIMITER.test(lines[i]!)) {
      start = i + 1;
      break;
    }
  }
  if (start < 0) {
    // The name counts only in the last part of the message, not in a greeting.
    const from = Math.max(1, lines.length - MAX_LINES);
    for (let i = lines.length - 1; i >= from; i--) {
      if (isNameLine(lines[i]!, senderName)) {
        start = i;
        break;
      }
    }
  }
  if (start < 0) {
    for (let i = lines.length - 1; i >= 0; i--) {
      if (CLOSING.test(lines[i]!)) {
        start = i + 1;
        break;
      }
    }
  }
  if (start < 0 || start >= lines.length) return undefined;
  return lines.slice(start, start + MAX_LINES);
}
