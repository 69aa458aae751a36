import { decodeCsv } from './decode';
import { detectDelimiter } from './delimiter';
import { csvLine } from './escape';
import { RecordReader } from './records';

/**
 * The rows that were not imported, as the user wrote them, with their line
 * and the reason in two more columns: fix them and import this file again.
 * The original file is read once more rather than kept row by row in memory.
 */
export function rejectedRowsCsv(bytes: Uint8Array, headerLine: number, reasons: Map<number, string>, labels: { line: string; reason: string }): Blob {
  const { text } = decodeCsv(bytes);
  const delimiter = detectDelimiter(text);
  const reader = new RecordReader(text, delimiter);
  const out = delimiter === ';' ? ['\uFEFF'] : [];
  for (let record = reader.next(); record; record = reader.next()) {
    if (record.line === headerLine) out.push(csvLine([...record.cells, labels.line, labels.reason], delimiter === ';' ? ';' : ','));
    const reason = reasons.get(record.line);
    if (reason !== undefined) out.push(csvLine([...record.cells, String(record.line), reason], delimiter === ';' ? ';' : ','));
  }
  return new Blob(out, { type: 'text/csv;charset=utf-8' });
}
