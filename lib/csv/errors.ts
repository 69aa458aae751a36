/** Why a whole file (or its import) is refused; nothing is written for any of these. */
export type CsvErrorCode =
  | 'empty'
  | 'binary'
  | 'no_header'
  | 'no_email_column'
  | 'unbalanced_quotes'
  | 'cell_too_large'
  | 'too_many_columns'
  | 'too_many_new_groups'
  | 'too_large';

export class CsvError extends Error {
  constructor(
    readonly code: CsvErrorCode,
    /** The file's own line number where the problem is, when there is one. */
    readonly line?: number,
    /** Extra detail for the message (a header name, a limit). */
    readonly detail?: string,
  ) {
    super(`${code}${line ? ` (line ${line})` : ''}${detail ? `: ${detail}` : ''}`);
    this.name = 'CsvError';
  }
}

/** Limits that keep a hostile or broken file from freezing the page. */
export const LIMITS = {
  /** Characters in one cell (a 10 MB cell is refused). */
  cell: 100_000,
  /** Columns in one row. */
  columns: 1_000,
  /** Bytes in one file. */
  bytes: 200 * 1024 * 1024,
  /** Groups one import may create (a file naming more is refused: check its Groups column). */
  newGroups: 100,
} as const;
