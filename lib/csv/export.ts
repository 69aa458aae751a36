/**
 * CSV export of contacts. Other UIs call:
 *
 *   import { exportContactsCsv, downloadBlob } from '../lib/csv/export';
 *   const file = await exportContactsCsv({ ids: [3, 7] }, { format: 'excel-fr' });
 *   downloadBlob(file.blob, file.fileName);
 *
 * The selection is `{ all: true }`, `{ ids }`, or `{ pages }`: any async
 * iterable of contact pages (a segment module plugs in here); `where` filters
 * any of them. Contacts are read in pages, never all at once. What this
 * writes, the importer reads back field for field.
 */
import { getDb } from '../db/database';
import type { Contact, CustomFieldDef } from '../model';
import { ALIASES, normalizeHeader, WEAK_ALIASES } from './aliases';
import { EXPORT_HEADERS, type ExportFormat, type StandardColumn, STANDARD_COLUMNS } from './export-columns';
import { csvLine } from './escape';
import { frenchLabel, type ValueKind } from './value-labels';

export type { ExportFormat } from './export-columns';
export { downloadBlob } from './download';

export type ExportSelection = ({ all: true } | { ids: number[] } | { pages: AsyncIterable<Contact[]> }) & {
  where?: (contact: Contact) => boolean;
};

export interface ExportOptions {
  format?: ExportFormat;
  /** Standard columns and `custom:<key>` columns, in order (default: all). */
  columns?: string[];
  includeArchived?: boolean;
  pageSize?: number;
  fileName?: string;
}

export interface ExportResult {
  blob: Blob;
  fileName: string;
  count: number;
}

export async function exportContactsCsv(selection: ExportSelection, options: ExportOptions = {}): Promise<ExportResult> {
  const db = getDb();
  const format = options.format ?? 'csv';
  const defs = await db.fieldDefs.toArray();
  const groups = new Map((await db.groups.toArray()).map((g) => [g.id, g.name]));
  const columns = options.columns ?? [...STANDARD_COLUMNS, ...defs.map((d) => `custom:${d.key}`)];
  const delimiter = format === 'excel-fr' ? ';' : ',';
  const parts: string[] = [format === 'excel-fr' ? '\uFEFF' : ''];
  parts.push(csvLine(headers(columns, defs, format), delimiter));
  let count = 0;
  for await (const page of pagesOf(selection, options.pageSize ?? 1000)) {
    const lines: string[] = [];
    for (const contact of page) {
      if (contact.archived && !options.includeArchived) continue;
      if (selection.where && !selection.where(contact)) continue;
      lines.push(csvLine(columns.map((column) => cell(contact, column, groups, format)), delimiter));
      count++;
    }
    if (lines.length) parts.push(lines.join(''));
  }
  const date = new Date().toISOString().slice(0, 10);
  const fileName = options.fileName ?? `contacts-${date}${format === 'excel-fr' ? '-excel' : ''}.csv`;
  return { blob: new Blob(parts, { type: 'text/csv;charset=utf-8' }), fileName, count };
}

function headers(columns: string[], defs: CustomFieldDef[], format: ExportFormat): string[] {
  const names = EXPORT_HEADERS[format];
  return columns.map((column) => {
    if (!column.startsWith('custom:')) return names[column as StandardColumn] ?? column;
    const def = defs.find((d) => `custom:${d.key}` === column);
    // A label that is also a standard column's name would be read back as that column.
    const name = def ? normalizeHeader(def.label) : '';
    return def && !ALIASES.has(name) && !(name in WEAK_ALIASES) ? def.label : column;
  });
}

function cell(contact: Contact, column: string, groups: Map<number, string>, format: ExportFormat): string {
  if (column.startsWith('custom:')) {
    const value = contact.customFields[column.slice(7)];
    return value === undefined || value === null ? '' : String(value);
  }
  // Excel in French: values as the French UI writes them, which the importer reads back.
  const word = (kind: ValueKind, value: string) => (format === 'excel-fr' ? frenchLabel(kind, value) : value);
  switch (column as StandardColumn) {
    case 'tags': return contact.tags.join(', ');
    case 'groups': return contact.groupIds.flatMap((id) => (groups.has(id) ? [groups.get(id)!] : [])).join(', ');
    case 'otherEmails': return (contact.otherEmails ?? []).join(', ');
    case 'stage': return word('stage', contact.stage);
    case 'status': return word('status', contact.status);
    case 'source': return word('source', contact.source.method);
    case 'sourceUrl': return contact.source.where;
    case 'legalBasis': return word('legalBasis', contact.consent.basis);
    default: return String(contact[column as keyof Contact] ?? '');
  }
}

async function* pagesOf(selection: ExportSelection, size: number): AsyncIterable<Contact[]> {
  const db = getDb();
  if ('pages' in selection) {
    yield* selection.pages;
    return;
  }
  if ('ids' in selection) {
    for (let i = 0; i < selection.ids.length; i += size) {
      const page = await db.contacts.bulkGet(selection.ids.slice(i, i + size));
      yield page.filter((c): c is Contact => c !== undefined);
    }
    return;
  }
  // Walk the primary key: one page in memory at a time.
  let after = 0;
  for (;;) {
    const page = await db.contacts.where(':id').above(after).limit(size).toArray();
    if (!page.length) return;
    yield page;
    after = page[page.length - 1]!.id;
  }
}
