import type { Row } from './types';

export type Status = 'pass' | 'FAIL' | 'MISSING' | 'info';

export function statusOf(row: Row): Status {
  if (row.failed) return 'FAIL';
  if (row.value === null) return row.target === null ? 'info' : 'MISSING';
  if (row.target === null) return 'info';
  return row.value <= row.target ? 'pass' : 'FAIL';
}

/** Every figure with a target that was missed or not measured. */
export function misses(rows: readonly Row[]): Row[] {
  return rows.filter((row) => statusOf(row) === 'FAIL' || statusOf(row) === 'MISSING');
}

const show = (value: number | null, unit: string) => (value === null ? '—' : `${value} ${unit}`);

/** The one table the benchmark prints: figure, value, target, result. */
export function formatTable(rows: readonly Row[]): string {
  const lines = rows.map((row) => [
    row.figure,
    row.value === null ? (row.note ?? 'not measured') : show(row.value, row.unit),
    row.target === null ? '—' : `≤ ${row.target} ${row.unit}`,
    statusOf(row) === 'MISSING' ? 'FAIL (missing)' : statusOf(row),
  ]);
  const header = ['figure', 'value', 'target', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [format(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(format)].join('\n');
}

export function toJson(rows: readonly Row[], meta: Record<string, unknown>): string {
  return JSON.stringify({ ...meta, rows: rows.map((row) => ({ ...row, result: statusOf(row) })), misses: misses(rows).map((r) => r.figure) }, null, 2);
}
