import { useState } from 'react';
import { downloadBlob, exportContactsCsv } from '../../lib/csv/export';
import { EXPORT_FORMATS, STANDARD_COLUMNS, type ExportFormat } from '../../lib/csv/export-columns';
import { fieldLabel } from '../import/labels';
import { usePlural } from '../hooks/usePlural';
import { useT } from '../i18n';
import { RadioGroup } from '../ui/RadioGroup';
import { useStoredFieldDefs } from '../hooks/useCatalog';
import { useContactCount } from '../hooks/useContacts';

/** Export all contacts (other UIs export a selection through lib/csv/export.ts). */
export function ExportSection() {
  const t = useT();
  const tp = usePlural();
  const total = useContactCount('all');
  const defs = useStoredFieldDefs();
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [archived, setArchived] = useState(false);
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState<string>();
  const [busy, setBusy] = useState(false);
  const all = [...STANDARD_COLUMNS.map((c) => ({ id: c as string, label: fieldLabel(t, c) })), ...defs.map((d) => ({ id: `custom:${d.key}`, label: d.label }))];
  const toggle = (id: string) => setExcluded((set) => (set.has(id) ? new Set([...set].filter((x) => x !== id)) : new Set([...set, id])));

  const run = async () => {
    setBusy(true);
    setStatus(undefined);
    try {
      const columns = all.map((c) => c.id).filter((id) => !excluded.has(id));
      const file = await exportContactsCsv({ all: true }, { format, columns, includeArchived: archived });
      downloadBlob(file.blob, file.fileName);
      setStatus(tp('export.done', file.count, { name: file.fileName }));
    } catch (error) {
      setStatus(t('error.unexpected', { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="export-title" className="max-w-3xl space-y-4">
      <h2 id="export-title" className="text-lg font-semibold">
        {t('export.title')}
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-300">{t('export.intro')}</p>
      {total === 0 ? (
        <p data-testid="export-empty" className="rounded border border-dashed border-slate-300 p-4 text-sm dark:border-slate-600">
          {t('export.empty')}
        </p>
      ) : (
        <>
          <RadioGroup legend={t('export.format')} className="max-w-md" value={format} onChange={setFormat} options={EXPORT_FORMATS.map((f) => ({ value: f, label: t(`export.format.${f}`) }))} />
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={archived} onChange={(e) => setArchived(e.target.checked)} />
            {t('export.archived')}
          </label>
          <fieldset className="text-sm">
            <legend className="font-semibold">{t('export.columns')}</legend>
            <div className="grid grid-cols-2 gap-1 sm:grid-cols-3">
              {all.map((column) => (
                <label key={column.id} className="inline-flex items-center gap-1">
                  <input type="checkbox" checked={!excluded.has(column.id)} onChange={() => toggle(column.id)} />
                  {column.label}
                </label>
              ))}
            </div>
          </fieldset>
          <button
            type="button"
            disabled={busy || excluded.size === all.length}
            onClick={() => void run()}
            className="rounded bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-700 disabled:opacity-50"
          >
            {busy ? t('export.running') : t('export.run')}
          </button>
        </>
      )}
      {status && (
        <p role="status" data-testid="export-status" className="text-sm">
          {status}
        </p>
      )}
    </section>
  );
}
