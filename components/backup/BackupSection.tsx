import { useState } from 'react';
import { backupFileName, createBackupBlob } from '../../lib/backup/create';
import { applyRestore, prepareRestore, type PreparedRestore, type RestoreMode } from '../../lib/backup/restore';
import { MIN_PASSPHRASE, SealError } from '../../lib/backup/seal';
import { checkFileSize } from '../../lib/files/size';
import { errorMessage } from '../../lib/ui/errors';
import { downloadBlob } from '../privacy/download';
import { useT } from '../i18n';
import { Button } from '../ui/Button';
import { FilePicker } from '../ui/FilePicker';
import { RadioGroup } from '../ui/RadioGroup';
import { RestoreReportView } from './RestoreReportView';

/**
 * Backup and restore. Restore runs here in the page (not through the
 * background): the file can be large, and the write is one IndexedDB
 * transaction over every table, so it either all lands or nothing does.
 * A passphrase seals the suppression list in the file (lib/backup/seal.ts).
 */
export function BackupSection() {
  const t = useT();
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [file, setFile] = useState<{ name: string; raw: unknown } | null>(null);
  const [prepared, setPrepared] = useState<PreparedRestore | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string }>();

  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [backupError, setBackupError] = useState<string>();
  const [filePassphrase, setFilePassphrase] = useState('');

  const backup = async () => {
    setBackupError(undefined);
    if (passphrase !== repeat) return setBackupError(t('backup.passphrase.mismatch'));
    try {
      downloadBlob(await createBackupBlob(passphrase || undefined), backupFileName());
    } catch (cause) {
      if (cause instanceof SealError) return setBackupError(t(`backup.error.${cause.code}`, { min: MIN_PASSPHRASE }));
      const { key, params } = errorMessage(cause);
      setBackupError(t(key, params));
    }
  };

  const dryRun = async (raw: unknown, nextMode: RestoreMode, pass = filePassphrase) => {
    setPrepared(await prepareRestore(raw, nextMode, pass || undefined));
  };

  const choose = async (chosen: File | undefined) => {
    setMessage(undefined);
    setPrepared(null);
    if (!chosen) return setFile(null);
    // Checked before reading: a huge file would freeze this page while it loads.
    const size = checkFileSize(chosen, 'backup');
    if (!size.ok) {
      setFile(null);
      return setMessage({ tone: 'error', text: t('backup.error.file_too_large', { size: size.sizeMb, limit: size.limitMb }) });
    }
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

  const sealed = !!file && typeof file.raw === 'object' && file.raw !== null && 'sealedSuppression' in file.raw;

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
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('backup.passphrase.explain', { min: MIN_PASSPHRASE })}</p>
        <div className="flex flex-wrap gap-3 text-sm">
          <label className="block">
            {t('backup.passphrase')}
            <input type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} className="mt-1 block rounded border border-slate-300 px-2 py-1 dark:border-slate-600 dark:bg-slate-900" />
          </label>
          <label className="block">
            {t('backup.passphrase.repeat')}
            <input type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} className="mt-1 block rounded border border-slate-300 px-2 py-1 dark:border-slate-600 dark:bg-slate-900" />
          </label>
        </div>
        <Button variant="primary" onClick={() => void backup()}>{t('backup.create.do')}</Button>
        {backupError && <p role="alert" data-testid="backup-error" className="text-sm text-red-600">{backupError}</p>}
      </section>
      <section aria-labelledby="restore-title" className="space-y-3">
        <h3 id="restore-title" className="font-semibold">{t('backup.restore.title')}</h3>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('backup.restore.explain')}</p>
        <RadioGroup
          legend={t('backup.mode')}
          value={mode}
          options={(['merge', 'replace'] as const).map((m) => ({ value: m, label: t(`backup.mode.${m}`) }))}
          onChange={(m) => {
            setMode(m);
            if (file) void dryRun(file.raw, m);
          }}
        />
        <FilePicker label={t('backup.file')} drop={t('backup.drop')} pick={t('import.pick')} accept="application/json,.json" chosen={file?.name} onFile={(f) => void choose(f)} />
        {sealed && (
          <form className="flex flex-wrap items-end gap-3 text-sm" onSubmit={(e) => { e.preventDefault(); if (file) void dryRun(file.raw, mode); }}>
            <label className="block">
              {t('backup.passphrase.ofFile')}
              <input type="password" autoComplete="current-password" value={filePassphrase} onChange={(e) => setFilePassphrase(e.target.value)} className="mt-1 block rounded border border-slate-300 px-2 py-1 dark:border-slate-600 dark:bg-slate-900" />
            </label>
            <Button type="submit">{t('backup.passphrase.open')}</Button>
          </form>
        )}
        {prepared && <RestoreReportView report={prepared.report} />}
        {prepared && (
          <Button variant="primary" disabled={!prepared.report.ok || busy} onClick={() => void restore()}>
            {t(mode === 'replace' ? 'backup.apply.replace' : 'backup.apply.merge')}
          </Button>
        )}
        {message && <p role={message.tone === 'error' ? 'alert' : 'status'} data-testid="restore-message" className={message.tone === 'error' ? 'text-sm text-red-600' : 'text-sm text-emerald-700 dark:text-emerald-400'}>{message.text}</p>}
      </section>
    </div>
  );
}
