import type { ContactDraft, CustomFieldDef, Source } from '../model';
import { decodeCsv, type CsvEncoding } from './decode';
import { detectDelimiter, type Delimiter } from './delimiter';
import { CsvError } from './errors';
import { findHeader } from './header';
import { headerKey, mapColumns, type ColumnMapping, type MappingOptions } from './mapping';
import { isBlank, RecordReader, type CsvRecord } from './records';
import { buildRow, planRows, type RowPlan, type RowProblem } from './rows';

export interface ParseOptions extends MappingOptions {
  /** Where the contacts come from (default "import.csv"); `source.where` of every draft. */
  sourceLabel?: string;
  /** Import time (epoch ms), for tests. */
  now?: number;
}

export interface ParseResult {
  encoding: CsvEncoding;
  delimiter: Delimiter;
  /** The file's line number of the header row. */
  headerLine: number;
  /** Remembered-mapping key of this header row. */
  headerKey: string;
  columns: ColumnMapping[];
  contacts: ContactDraft[];
  /** Parallel to `contacts`: the line each came from and the group names it names. */
  meta: Array<{ line: number; groupNames?: string[] }>;
  rejected: Array<{ line: number; reason: RowProblem }>;
  duplicates: Array<{ line: number; email: string; firstLine: number }>;
  /** The first data rows as read, for a preview. */
  preview: string[][];
  /** Non-blank data rows. */
  rows: number;
}

const SAMPLE_ROWS = 50;

/**
 * An import parse that can run in slices (`step`) so a page parsing 100,000
 * rows stays responsive; `parseContactsCsv` runs it in one go.
 */
export class CsvParse {
  readonly result: ParseResult;
  private readonly reader: RecordReader;
  private plan: RowPlan;
  private readonly defs: CustomFieldDef[];
  private readonly source: Source;
  private readonly pending: CsvRecord[];
  private readonly firstLine = new Map<string, number>();

  constructor(bytes: Uint8Array, options: ParseOptions = {}) {
    const { text, encoding } = decodeCsv(bytes);
    const delimiter = detectDelimiter(text);
    this.reader = new RecordReader(text, delimiter);
    const head: CsvRecord[] = [];
    for (let record = this.reader.next(); record; record = head.length < 30 ? this.reader.next() : null) head.push(record);
    const index = findHeader(head);
    const header = head[index]!;
    const headers = header.cells.map((cell) => cell.trim());
    this.pending = head.slice(index + 1);
    while (this.pending.filter((r) => !isBlank(r.cells)).length < SAMPLE_ROWS) {
      const record = this.reader.next();
      if (!record) break;
      this.pending.push(record);
    }
    const data = this.pending.filter((r) => !isBlank(r.cells));
    const samples = headers.map((_, i) => data.map((r) => r.cells[i] ?? '').filter((v) => v.trim() !== ''));
    const columns = mapColumns(headers, samples, options);
    if (!columns.some((c) => c.field === 'email')) throw new CsvError('no_email_column', header.line);
    this.source = { method: 'import', where: (options.sourceLabel ?? 'import.csv').slice(0, 2048), at: options.now ?? Date.now() };
    this.defs = (options.fieldDefs ?? []) as CustomFieldDef[];
    this.plan = planRows(columns, this.defs, this.source);
    this.result = {
      encoding,
      delimiter,
      headerLine: header.line,
      headerKey: headerKey(headers),
      columns,
      contacts: [],
      meta: [],
      rejected: [],
      duplicates: [],
      preview: data.slice(0, 5).map((r) => r.cells),
      rows: 0,
    };
  }

  /** Replace the mapping (the user edited it) before reading the rows. */
  setColumns(columns: ColumnMapping[]): void {
    if (!columns.some((c) => c.field === 'email')) throw new CsvError('no_email_column', this.result.headerLine);
    this.result.columns = columns;
    this.plan = planRows(columns, this.defs, this.source);
  }

  get progress(): number {
    return this.reader.progress;
  }

  /** Read up to `max` more records; true when the file is done. */
  step(max: number): boolean {
    for (let n = 0; n < max; n++) {
      const record = this.pending.length ? this.pending.shift()! : this.reader.next();
      if (!record) return true;
      this.add(record);
    }
    return false;
  }

  private add(record: CsvRecord): void {
    if (isBlank(record.cells)) return;
    const { result } = this;
    result.rows++;
    const row = buildRow(record.cells, this.plan);
    if ('problem' in row) {
      result.rejected.push({ line: record.line, reason: row.problem });
      return;
    }
    const first = this.firstLine.get(row.draft.email);
    if (first !== undefined) {
      result.duplicates.push({ line: record.line, email: row.draft.email, firstLine: first });
      return;
    }
    this.firstLine.set(row.draft.email, record.line);
    result.contacts.push(row.draft);
    result.meta.push(row.groupNames ? { line: record.line, groupNames: row.groupNames } : { line: record.line });
  }
}

/**
 * Pure CSV → contact drafts (no database). Throws a CsvError for a file that
 * cannot be imported at all (empty, binary, no header, no email column,
 * unbalanced quotes, a huge cell, too many columns, duplicate headers).
 */
export function parseContactsCsv(bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  const parse = new CsvParse(bytes, options);
  while (!parse.step(10_000));
  return parse.result;
}

/** The same, yielding to the page between slices; stops early when `signal` aborts. */
export function parseContactsCsvAsync(
  bytes: Uint8Array,
  options: ParseOptions = {},
  onProgress?: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<ParseResult> {
  return finishParse(new CsvParse(bytes, options), onProgress, signal);
}

/** Read the rest of a parse in slices of 5,000 rows, letting the page breathe between them. */
export async function finishParse(parse: CsvParse, onProgress?: (fraction: number) => void, signal?: AbortSignal): Promise<ParseResult> {
  while (!parse.step(5_000)) {
    signal?.throwIfAborted();
    onProgress?.(parse.progress);
    await yieldToPage();
  }
  onProgress?.(1);
  return parse.result;
}

/**
 * Let the page handle input and paint. A message-channel task, not a timer:
 * timers are clamped, and throttled to once a second in a background tab.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
