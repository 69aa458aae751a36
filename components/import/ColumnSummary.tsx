import type { ParseResult } from '../../lib/csv/import';
import type { ColumnMapping } from '../../lib/csv/mapping';
import type { TargetField } from '../../lib/csv/aliases';
import type { Translate } from '../../lib/i18n';
import { useT } from '../i18n';
import { fallbackOrder, fieldLabel } from './labels';

/** Where a column went, in words: a field, a fallback of one, a custom field, or nowhere. */
function destination(t: Translate, column: ColumnMapping, place: number): string {
  if (!column.field) return t('import.columns.ignored');
  if (column.field.startsWith('custom:')) {
    const label = column.suggestion?.key === column.field.slice(7) ? column.suggestion.label : column.field.slice(7);
    return t('import.columns.custom', { label });
  }
  const field = fieldLabel(t, column.field as TargetField);
  return place > 1 ? t('import.columns.fallback', { field, n: place }) : field;
}

/** What happened to each column: where it went, and how many of its values were imported. */
export function ColumnSummary({ parse }: { parse: ParseResult }) {
  const t = useT();
  const order = fallbackOrder(parse.columns);
  return (
    <details className="text-sm" data-testid="import-columns">
      <summary className="cursor-pointer font-semibold">{t('import.columns.title')}</summary>
      <table className="mt-2 w-full text-left text-xs">
        <thead className="text-slate-500">
          <tr>
            <th className="py-1">{t('import.columns.column')}</th>
            <th className="py-1">{t('import.columns.as')}</th>
            <th className="py-1">{t('import.columns.imported')}</th>
          </tr>
        </thead>
        <tbody>
          {parse.columns.map((column, i) => {
            const stats = parse.columnStats[i] ?? { values: 0, imported: 0 };
            return (
              <tr key={column.id} className="border-t border-slate-200 dark:border-slate-700" data-testid="import-column-row">
                <td className="py-1 pr-2">{column.id}</td>
                <td className="py-1 pr-2">{destination(t, column, order.get(i) ?? 1)}</td>
                <td className="py-1">{t('import.columns.summary', { imported: stats.imported, values: stats.values })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
