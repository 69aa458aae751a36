import { useState } from 'react';
import { downloadBlob } from '../../lib/csv/download';
import type { MessageKey } from '../../lib/i18n';
import { useSettings } from '../hooks/useSettings';
import { usePlural } from '../hooks/usePlural';
import { useT } from '../i18n';
import { FilePicker } from '../ui/FilePicker';
import { ImportOptions, toChoices, type ChoicesDraft } from './ImportOptions';
import { ERROR_KEYS } from './labels';
import { LastRun } from './LastRun';
import { MappingTable } from './MappingTable';
import { rejectedFile } from './rejected';
import { ReportView } from './ReportView';
import { useImportWizard, type LoadedFile } from './useImportWizard';

const DELIMITERS: Record<string, MessageKey> = { ',': 'import.delimiter.comma', ';': 'import.delimiter.semicolon', '\t': 'import.delimiter.tab', '|': 'import.delimiter.pipe' };
const button = 'rounded bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-700 disabled:opacity-50';
const secondary = 'rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';

/** The import wizard: file → mapping and options → dry run → import → report. */
export function ImportSection() {
  const t = useT();
  const tp = usePlural();
  const wizard = useImportWizard();
  const { state } = wizard;
  const basis = useSettings()?.settings.defaultLegalBasis ?? 'legitimate_interest';
  const [choices, setChoices] = useState<ChoicesDraft | undefined>();
  const current: ChoicesDraft = choices ?? { policy: 'fill', tags: '', consentBasis: basis, sourceLabel: 'file' in state ? state.file.name : '' };

  const pick = (file: File) => {
    setChoices({ policy: 'fill', tags: '', consentBasis: basis, sourceLabel: file.name });
    void wizard.load(file);
  };
  const fileInfo = (file: LoadedFile) =>
    t('import.file', {
      name: file.name,
      encoding: file.head.encoding.toUpperCase(),
      delimiter: t(DELIMITERS[file.head.delimiter]!),
      line: file.head.headerLine,
    });

  return (
    <section aria-labelledby="import-title" className="max-w-5xl space-y-4">
      <h2 id="import-title" className="text-lg font-semibold">
        {t('import.title')}
      </h2>
      <LastRun busy={state.step === 'importing'} />
      {state.step === 'pick' && (
        <>
          <p className="text-sm text-slate-600 dark:text-slate-300">{t('import.intro')}</p>
          {state.error && (
            <p role="alert" data-testid="import-error" className="rounded bg-red-50 p-2 text-sm text-red-800 dark:bg-red-950/40 dark:text-red-200">
              {t(ERROR_KEYS[state.error.code] ?? 'import.error.read', { line: state.error.line ?? '', detail: state.error.detail ?? '' })}
            </p>
          )}
          <FilePicker label={t('import.fileLabel')} drop={t('import.drop')} pick={t('import.pick')} accept=".csv,.txt,text/csv" onFile={pick} testId="import-file-input" />
        </>
      )}
      {state.step === 'reading' && <p role="status">{t('import.reading', { name: state.name })}</p>}
      {(state.step === 'map' || state.step === 'checking') && (
        <>
          <p className="text-sm" data-testid="import-file-info">{fileInfo(state.file)}</p>
          <h3 className="font-semibold">{t('import.mapping.title')}</h3>
          <p className="text-xs text-slate-500 dark:text-slate-400">{t('import.mapping.help')}</p>
          <MappingTable columns={state.columns} preview={state.file.head.preview} onChange={wizard.setColumns} />
          <ImportOptions value={current} onChange={setChoices} />
          {!state.columns.some((c) => c.field === 'email') && (
            <p role="alert" className="text-sm text-red-600">{t('import.mapping.needEmail')}</p>
          )}
          <div className="flex gap-2">
            <button
              type="button"
              className={button}
              disabled={state.step === 'checking' || !state.columns.some((c) => c.field === 'email')}
              onClick={() => void wizard.check(state.file, state.columns, toChoices(current))}
            >
              {state.step === 'checking' ? t('import.checking', { percent: Math.round(state.fraction * 100) }) : t('import.check')}
            </button>
            <button type="button" className={secondary} onClick={wizard.reset}>
              {t('import.another')}
            </button>
          </div>
        </>
      )}
      {state.step === 'dry' && (
        <>
          <h3 className="font-semibold">{t('import.dry.title')}</h3>
          <ReportView parse={state.parse} report={state.report} final={false} />
          <div className="flex gap-2">
            <button type="button" className={button} onClick={() => void wizard.start(state.file, state.parse, toChoices(current))}>
              {tp('import.start', state.report.created + state.report.updated + state.report.unchanged)}
            </button>
            <button type="button" className={secondary} onClick={wizard.back}>
              {t('import.back')}
            </button>
          </div>
        </>
      )}
      {state.step === 'importing' && (
        <div className="space-y-2" data-testid="import-progress">
          <p role="status">{t('import.progress', { done: state.done, total: state.total })}</p>
          <progress className="w-full" aria-label={t('import.progressLabel')} max={Math.max(1, state.total)} value={state.done} />
          <button type="button" className={secondary} onClick={wizard.cancel}>
            {t('import.cancel')}
          </button>
        </div>
      )}
      {state.step === 'done' && <Finished state={state} onAgain={wizard.reset} />}
    </section>
  );
}

function Finished({ state, onAgain }: { state: Extract<ReturnType<typeof useImportWizard>['state'], { step: 'done' }>; onAgain: () => void }) {
  const t = useT();
  const tp = usePlural();
  const rejectedCount =
    state.parse.rejected.length + state.parse.duplicates.length + state.report.invalid.length + state.report.suppressed.length + state.report.overLimit.length;
  const download = () => {
    const { blob } = rejectedFile(state.file.bytes, state.parse, state.report, t);
    downloadBlob(blob, state.file.name.replace(/(\.csv)?$/i, '-rejected.csv'));
  };
  return (
    <div data-testid="import-done" className="space-y-3">
      <h3 className="font-semibold">{t(state.report.cancelled ? 'import.cancelled.title' : 'import.done.title')}</h3>
      <ReportView parse={state.parse} report={state.report} final />
      <div className="flex gap-2">
        {rejectedCount > 0 && (
          <button type="button" className={secondary} data-testid="import-download-rejected" onClick={download}>
            {tp('import.downloadRejected', rejectedCount)}
          </button>
        )}
        <button type="button" className={secondary} onClick={onAgain}>
          {t('import.again')}
        </button>
      </div>
    </div>
  );
}
