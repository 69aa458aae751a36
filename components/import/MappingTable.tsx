import { TARGET_FIELDS } from '../../lib/csv/aliases';
import type { ColumnMapping } from '../../lib/csv/mapping';
import { useI18n } from '../i18n';
import { Select } from '../ui/Select';
import { confidenceLabel, fallbackOrder, fieldLabel } from './labels';
import { useStoredFieldDefs } from '../hooks/useCatalog';

interface Props {
  columns: ColumnMapping[];
  preview: string[][];
  onChange: (columns: ColumnMapping[]) => void;
}

/** One row per column: where it goes (editable), how sure we are, and sample values. */
export function MappingTable({ columns, preview, onChange }: Props) {
  const { t, locale } = useI18n();
  // "100%" in English, "100 %" (narrow no-break space) in French: the locale's own percent format.
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const defs = useStoredFieldDefs();
  // Several columns may feed one field: they are read in order, the first filled one wins.
  const choose = (index: number, value: string) =>
    onChange(columns.map((column, i) => (i === index ? { ...column, field: value === '' ? null : value, confidence: 1, reason: 'remembered' as const, rank: 10 + i } : column)));
  const order = fallbackOrder(columns);
  return (
    <table className="w-full text-left text-sm" data-testid="import-mapping">
      <thead className="text-xs uppercase text-slate-500 dark:text-slate-400">
        <tr>
          <th className="py-1">{t('import.mapping.column')}</th>
          <th className="py-1">{t('import.mapping.field')}</th>
          <th className="py-1">{t('import.mapping.confidence')}</th>
          <th className="py-1">{t('import.mapping.sample')}</th>
        </tr>
      </thead>
      <tbody>
        {columns.map((column, i) => (
          <tr key={i} className="border-t border-slate-200 dark:border-slate-700">
            <td className="py-1 pr-2 font-medium">{column.id}</td>
            <td className="py-1 pr-2">
              <Select
                label={t('import.mapping.fieldFor', { header: column.id })}
                hideLabel
                className="w-56"
                value={column.field ?? ''}
                onChange={(field) => choose(i, field)}
                options={[
                  { value: '', label: t('import.mapping.ignore') },
                  ...TARGET_FIELDS.map((field) => ({ value: field, label: fieldLabel(t, field) })),
                  ...defs.map((def) => ({ value: `custom:${def.key}`, label: t('import.mapping.custom', { label: def.label }) })),
                  ...(column.suggestion && !defs.some((d) => d.key === column.suggestion!.key)
                    ? [{ value: `custom:${column.suggestion.key}`, label: t('import.mapping.newCustom', { label: column.suggestion.label, type: t(`import.type.${column.suggestion.type}`) }) }]
                    : []),
                ]}
              />
            </td>
            <td className="py-1 pr-2 text-xs">
              <span className={column.field ? 'text-emerald-700 dark:text-emerald-300' : 'text-slate-500'}>
                {confidenceLabel(t, column)}
                {column.field && column.reason !== 'remembered' && column.reason !== 'new' ? ` (${percent.format(column.confidence)})` : ''}
              </span>
              {(order.get(i) ?? 1) > 1 && <span className="block text-slate-500">{t('import.mapping.fallback', { n: order.get(i)! })}</span>}
            </td>
            <td className="max-w-64 truncate py-1 text-xs text-slate-500 dark:text-slate-400">
              {preview
                .map((row) => row[i] ?? '')
                .filter(Boolean)
                .slice(0, 3)
                .join(' · ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

