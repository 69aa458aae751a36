import { CsvError, LIMITS } from './errors';

export interface CsvRecord {
  cells: string[];
  /** The file's own 1-based line number where the record starts. */
  line: number;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * A resumable RFC 4180 reader: quoted fields may hold delimiters, doubled
 * quotes and line breaks. Lenient where real files are sloppy (a stray quote
 * inside an unquoted field is kept as text); strict where the file is broken
 * (a quote never closed, a huge cell, thousands of columns).
 */
export class RecordReader {
  private pos = 0;
  private line = 1;
  private readonly delim: number;

  constructor(
    private readonly text: string,
    delimiter: string,
  ) {
    this.delim = delimiter.charCodeAt(0);
  }

  /** Fraction of the text read so far, for progress bars. */
  get progress(): number {
    return this.text.length ? this.pos / this.text.length : 1;
  }

  next(): CsvRecord | null {
    const { text, delim } = this;
    const length = text.length;
    if (this.pos >= length) return null;
    const record: CsvRecord = { cells: [], line: this.line };
    for (;;) {
      let value: string;
      if (text.charCodeAt(this.pos) === QUOTE) value = this.quoted();
      else {
        const start = this.pos;
        let i = start;
        while (i < length) {
          const c = text.charCodeAt(i);
          if (c === delim || c === LF || c === CR) break;
          i++;
        }
        this.pos = i;
        value = text.slice(start, i);
      }
      if (value.length > LIMITS.cell) throw new CsvError('cell_too_large', this.line);
      record.cells.push(value);
      if (record.cells.length > LIMITS.columns) throw new CsvError('too_many_columns', record.line);
      if (this.pos >= length) return record;
      const c = text.charCodeAt(this.pos);
      if (c === delim) {
        this.pos++;
        if (this.pos >= length) {
          record.cells.push('');
          return record;
        }
        continue;
      }
      // Line break: CRLF, LF or a lone CR ends the record.
      this.pos += c === CR && text.charCodeAt(this.pos + 1) === LF ? 2 : 1;
      this.line++;
      return record;
    }
  }

  /** A quoted field; anything between its closing quote and the next delimiter is kept as text. */
  private quoted(): string {
    const { text, delim } = this;
    const opened = this.line;
    let pos = this.pos + 1;
    let value = '';
    for (;;) {
      const q = text.indexOf('"', pos);
      if (q === -1) throw new CsvError('unbalanced_quotes', opened);
      if (q - pos > LIMITS.cell || value.length > LIMITS.cell) throw new CsvError('cell_too_large', opened);
      const part = text.slice(pos, q);
      this.countBreaks(part);
      if (text.charCodeAt(q + 1) === QUOTE) {
        value += part + '"';
        pos = q + 2;
        continue;
      }
      value += part;
      pos = q + 1;
      break;
    }
    let end = pos;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      if (c === delim || c === LF || c === CR) break;
      end++;
    }
    if (end > pos) value += text.slice(pos, end);
    this.pos = end;
    return value;
  }

  private countBreaks(part: string): void {
    for (let i = part.indexOf('\n'); i !== -1; i = part.indexOf('\n', i + 1)) this.line++;
    // Old Mac files break lines with a lone CR.
    for (let i = part.indexOf('\r'); i !== -1; i = part.indexOf('\r', i + 1)) {
      if (part.charCodeAt(i + 1) !== LF) this.line++;
    }
  }
}

/** True for a record that holds nothing (a blank line, or only delimiters and spaces). */
export function isBlank(cells: string[]): boolean {
  for (const cell of cells) {
    // Most cells start with a visible character: no trim (and no new string) needed.
    if (cell.length && cell.charCodeAt(0) > 32) return false;
    if (cell.trim() !== '') return false;
  }
  return true;
}
