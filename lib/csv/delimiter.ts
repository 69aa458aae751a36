import { RecordReader } from './records';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * The delimiter that splits the start of the file into the most rows of the
 * same width (above one column). Preamble lines don't decide it: they rarely
 * share a width with the data.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 65_536);
  let best: Delimiter = ',';
  let bestScore = 0;
  let bestWidth = 1;
  for (const delimiter of DELIMITERS) {
    const widths = new Map<number, number>();
    const reader = new RecordReader(sample, delimiter);
    try {
      for (let n = 0; n < 40; n++) {
        const record = reader.next();
        if (!record) break;
        if (record.cells.length === 1 && record.cells[0]!.trim() === '') continue;
        widths.set(record.cells.length, (widths.get(record.cells.length) ?? 0) + 1);
      }
    } catch {
      // The sample may end inside a quoted cell: what was read still counts.
    }
    for (const [width, count] of widths) {
      if (width < 2) continue;
      if (count > bestScore || (count === bestScore && width > bestWidth)) {
        best = delimiter;
        bestScore = count;
        bestWidth = width;
      }
    }
  }
  return best;
}
