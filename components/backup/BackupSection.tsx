import { useState } from 'react';
import { backupFileName, createBackupBlob } from '../../lib/backup/create';
import { applyRestore, prepareRestore, type PreparedRestore, type RestoreMode } from '../../lib/backup/restore';
import { errorMessage } from '../../lib/ui/errors';
import { downloadBlob } from '../privacy/download';
import { useT } from '../i18n';
import { RestoreReportView } from './RestoreReportView';

/**
 * Backup and restore. Restore runs here in the page (not through the
 * background): the file can be large, and the write is one IndexedDB
 * transaction over every table, so it either all lands or nothing does.
 */
export function BackupSection() {
  const t = useT();
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [file, setFile] = useState<{ name: string; raw: unknown } | null>(null);
  const [prepared, setPrepared] = useState<PreparedRestore | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string }>();

  const backup = async () => downloadBlob(await createBackupBlob(), backupFileName());

  const dryRun = async (raw: unknown, nextMode: RestoreMode) => {
    setPrepared(await prepareRestore(raw, nextMode));
  };

  const choose = async (chosen: File | undefined) => {
    setMessage(undefined);
    setPrepared(null);
    if (!chosen) return setFile(null);
    let raw: unknown;
    try {
      raw = JSON.parse(await chosen.text());
    } catch {
      setFile(null);
      return setMessage({ tone: 'error', text: t('backup.notJson') });
    }
    setFile({ name: chosen.name, raw });
    await dryRun(raw, mode);
  };

  const restore = async () => {
    if (!prepared) return;
    setBusy(true);
    try {
      const outcome = await applyRestore(prepared);
      const left = outcome.suppressed ? ` ${t('backup.restoredSuppressed', { count: outcome.suppressed })}` : '';
      setMessage({ tone: 'ok', text: `${t('backup.restored', { count: outcome.restored })}${left}` });
      setPrepared(null);
      setFile(null);
    } catch (cause) {
      const { key, params } = errorMessage(cause);
      setMessage({ tone: 'error', text: `${t('backup.failed')} ${t(key, params)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="max-w-3xl space-y-8">
      <h2 className="text-lg font-semibold">{t('manager.nav.backup')}</h2>
      <section aria-labelledby="backup-title" className="space-y-2">
        <h3 id="backup-title" className="font-semibold">{t('backup.create.title')}</h3>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('backup.create.explain')}</p>
        <button type="button" onClick={() => void backup()} className="rounded bg-indigo-600 px-3 py-1.5 text-sm text-white">{t('backup.create.do')}</button>
      </section>
      <section aria-labelledby="restore-title" className="space-y-3">
        <h3 id="restore-title" className="font-semibold">{t('backup.restore.title')}</h3>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('backup.restore.explain')}</p>
        <fieldset className="flex gap-4 text-sm">
          <legend className="sr-only">{t('backup.mode')}</legend>
          {(['merge', 'replace'] as const).map((m) => (
            <label key={m} className="flex items-center gap-1">
              <input type="radio" name="restore-mode" value={m} checked={mode === m} onChange={() => { setMode(m); if (file) void dryRun(file.raw, m); }} />
              {t(`backup.mode.${m}`)}
            </label>
          ))}
        </fieldset>
        <label className="block text-sm">
          {t('backup.file')}
          <input type="file" accept="application/json,.json" onChange={(e) => void choose(e.target.files?.[0])} className="mt-1 block text-sm" />
        </label>
        {prepared && <RestoreReportView report={prepared.report} />}
        {prepared && (
          <button type="button" disabled={!prepared.report.ok || busy} onClick={() => void restore()} className="rounded bg-indigo-600 px-3 py-1.5 text-sm text-white disabled:opacity-50">
            {t(mode === 'replace' ? 'backup.apply.replace' : 'backup.apply.merge')}
          </button>
        )}
        {message && <p role={message.tone === 'error' ? 'alert' : 'status'} data-testid="restore-message" className={message.tone === 'error' ? 'text-sm text-red-600' : 'text-sm text-emerald-700 dark:text-emerald-400'}>{message.text}</p>}
      </section>
    </div>
  );
}
