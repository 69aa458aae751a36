import type { ContactDraft, CustomFieldDef, Source } from '../model';
import { decodeCsv, type CsvEncoding } from './decode';
import { detectDelimiter, type Delimiter } from './delimiter';
import { CsvError } from './errors';
import { findHeader } from './header';
import { headerKey, mapColumns, type ColumnMapping, type MappingOptions } from './mapping';
import { isBlank, RecordReader, type CsvRecord } from './records';
import { footerShaped, looksLikeFooter } from './footer';
import { buildRow, planRows, type RowPlan, type RowProblem } from './rows';

export interface ParseOptions extends MappingOptions {
  /** Where the contacts come from (default "import.csv"); `source.where` of every draft. */
  sourceLabel?: string;
  /** Import time (epoch ms), for tests. */
  now?: number;
}

export interface ColumnStats {
  /** Non-empty cells in the data rows. */
  values: number;
  /** Cells whose value went into an imported contact. */
  imported: number;
}

export interface ParseResult {
  encoding: CsvEncoding;
  /** Invalid UTF-8 sequences replaced (a UTF-8 file with a few bad bytes). */
  replacedBytes: number;
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
  /** Totals, "Confidential", copyright lines after the data: not rows. */
  footerLines: number;
  /** Parallel to `columns`: what happened to each column's values. */
  columnStats: ColumnStats[];
  /** The first data rows as read, for a preview. */
  preview: string[][];
  /** Non-blank data rows. */
  rows: number;
}

const SAMPLE_ROWS = 50;

/**
 * An import parse that can run in slices (`step`) so a page parsing 100,000
 * rows stays responsive; `parseContactsCsv` runs it in one go. The file is
 * decoded and its head read once: `remap` applies a remembered mapping and
 * `setColumns` the user's, without reading the file again.
 */
export class CsvParse {
  readonly result: ParseResult;
  private readonly reader: RecordReader;
  private plan: RowPlan;
  private readonly defs: CustomFieldDef[];
  private readonly source: Source;
  /** Records read ahead for the samples; consumed from `pendingAt`, never shifted (that was quadratic). */
  private readonly pending: CsvRecord[];
  private pendingAt = 0;
  /** Footer-shaped records at the current end, held until a data row or the end of the file decides. */
  private held: CsvRecord[] = [];
  private started = false;
  private readonly headers: string[];
  private readonly samples: string[][];
  private readonly firstLine = new Map<string, number>();

  constructor(bytes: Uint8Array, options: ParseOptions = {}) {
    const { text, encoding, replaced } = decodeCsv(bytes);
    const delimiter = detectDelimiter(text);
    this.reader = new RecordReader(text, delimiter);
    const head: CsvRecord[] = [];
    for (let record = this.reader.next(); record; record = head.length < 30 ? this.reader.next() : null) head.push(record);
    const index = findHeader(head);
    const header = head[index]!;
    this.headers = header.cells.map((cell) => cell.trim());
    // Blank records are skipped here and in `step`: thousands of them cost one pass, nothing kept.
    this.pending = head.slice(index + 1).filter((r) => !isBlank(r.cells));
    while (this.pending.length < SAMPLE_ROWS) {
      const record = this.reader.next();
      if (!record) break;
      if (!isBlank(record.cells)) this.pending.push(record);
    }
    const rows = this.pending;
    this.samples = this.headers.map((_, i) => rows.map((r) => r.cells[i] ?? '').filter((v) => v.trim() !== ''));
    const columns = mapColumns(this.headers, this.samples, options);
    if (!columns.some((c) => c.field === 'email')) throw new CsvError('no_email_column', header.line);
    this.source = { method: 'import', where: (options.sourceLabel ?? 'import.csv').slice(0, 2048), at: options.now ?? Date.now() };
    this.defs = (options.fieldDefs ?? []) as CustomFieldDef[];
    this.plan = planRows(columns, this.defs, this.source);
    this.result = {
      encoding,
      replacedBytes: replaced,
      delimiter,
      headerLine: header.line,
      headerKey: headerKey(this.headers),
      columns,
      contacts: [],
      meta: [],
      rejected: [],
      duplicates: [],
      footerLines: 0,
      columnStats: columns.map(() => ({ values: 0, imported: 0 })),
      preview: rows.slice(0, 5).map((r) => r.cells),
      rows: 0,
    };
  }

  /** Map the columns again with a remembered mapping (same file, same head). */
  remap(options: MappingOptions): void {
    this.setColumns(mapColumns(this.headers, this.samples, options), options.fieldDefs as CustomFieldDef[] | undefined);
  }

  /** Replace the mapping (the user edited it) before reading the rows. */
  setColumns(columns: ColumnMapping[], fieldDefs?: CustomFieldDef[]): void {
    if (this.started) throw new Error('setColumns after the rows were read');
    if (!columns.some((c) => c.field === 'email')) throw new CsvError('no_email_column', this.result.headerLine);
    this.result.columns = columns;
    this.plan = planRows(columns, fieldDefs ?? this.defs, this.source);
  }

  /** False once `step` has read rows: a new mapping then needs a new parse. */
  get fresh(): boolean {
    return !this.started;
  }

  get progress(): number {
    return this.reader.progress;
  }

  /** Read up to `max` more records; true when the file is done. */
  step(max: number): boolean {
    this.started = true;
    for (let n = 0; n < max; n++) {
      const record = this.pendingAt < this.pending.length ? this.pending[this.pendingAt++]! : this.reader.next();
      if (!record) {
        this.endHeld();
        return true;
      }
      if (isBlank(record.cells)) continue;
      if (footerShaped(record.cells)) this.held.push(record);
      else {
        this.flushHeld(this.held.length);
        this.add(record);
      }
    }
    return false;
  }

  /** At the end of the file: held lines from the first one that reads as a footer on are footers. */
  private endHeld(): void {
    const first = this.held.findIndex((r) => looksLikeFooter(r.cells));
    this.flushHeld(first === -1 ? this.held.length : first);
    this.result.footerLines += this.held.length;
    this.held = [];
  }

  private flushHeld(count: number): void {
    for (let i = 0; i < count; i++) this.add(this.held[i]!);
    this.held = this.held.slice(count);
  }

  private add(record: CsvRecord): void {
    const { result } = this;
    result.rows++;
    const stats = result.columnStats;
    for (let i = 0; i < record.cells.length && i < stats.length; i++) {
      const cell = record.cells[i]!;
      if (cell.length && (cell.charCodeAt(0) > 32 || cell.trim() !== '')) stats[i]!.values++;
    }
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
    for (const i of row.used) stats[i]!.imported++;
    this.firstLine.set(row.draft.email, record.line);
    result.contacts.push(row.draft);
    result.meta.push(row.groupNames ? { line: record.line, groupNames: row.groupNames } : { line: record.line });
  }
}

/**
 * Pure CSV → contact drafts (no database). Throws a CsvError for a file that
 * cannot be imported at all (empty, binary, no header, no email column,
 * unbalanced quotes, a huge cell, too many columns).
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
