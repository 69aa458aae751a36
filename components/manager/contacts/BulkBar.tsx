import { useId, useState } from 'react';
import type { BulkOp } from '../../../lib/contacts/bulk';
import type { ExportFormat } from '../../../lib/csv/export';
import { bulkUpdateContacts, deleteContacts } from '../../../lib/service/contacts';
import { STAGES, STATUSES, type Group, type Stage, type Status } from '../../../lib/model';
import { usePlural } from '../../hooks/usePlural';
import { useT } from '../../i18n';
import { ConfirmDialog } from '../../ui/Dialog';
import { Select } from '../../ui/Select';
import { undoByToken, useUndoToast } from '../../hooks/useUndoToast';
import { describeError } from './feedback';

interface Props {
  ids: number[];
  groups: Group[];
  tags: string[];
  archivedView: 0 | 1 | 'all';
  onDone: (cleared: boolean) => void;
}

const control = 'rounded border border-slate-300 bg-white px-2 py-1 text-xs dark:border-slate-600 dark:bg-slate-800';
const button = 'rounded border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-white disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';

/** Actions on the selection; each is one background message applied in transactions. */
export function BulkBar({ ids, groups, tags, archivedView, onDone }: Props) {
  const t = useT();
  const tp = usePlural();
  const uid = useId();
  const [tag, setTag] = useState('');
  const [groupId, setGroupId] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const [confirming, setConfirming] = useState(false);
  const offerUndo = useUndoToast();

  // The toast's words for an action: "3 contacts moved to Won".
  const said = (op: BulkOp, count: number) => {
    const params = {
      stage: op.kind === 'setStage' ? t(`stage.${op.stage}`) : '',
      status: op.kind === 'setStatus' ? t(`status.${op.status}`) : '',
      tag: op.kind === 'addTag' || op.kind === 'removeTag' ? op.tag : '',
      group: op.kind === 'addGroup' || op.kind === 'removeGroup' ? (groups.find((g) => g.id === op.groupId)?.name ?? '') : '',
    };
    return tp(`undo.${op.kind}`, count, params);
  };

  async function run(op: BulkOp) {
    setBusy(true);
    try {
      const { changed, needConsent, undo } = await bulkUpdateContacts({ ids, op });
      // Unsubscribed people reopen one by one, each with a recorded consent (the drawer asks for it).
      const kept = needConsent ? ` ${tp('contacts.bulk.needConsent', needConsent)}` : '';
      setMessage({ tone: needConsent && !changed ? 'error' : 'ok', text: `${tp('contacts.bulk.done', changed)}${kept}` });
      if (undo) offerUndo(said(op, changed), undoByToken(undo));
      onDone(false);
    } catch (error) {
      setMessage({ tone: 'error', text: describeError(error, t) });
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    setConfirming(false);
    setBusy(true);
    try {
      const { deleted, undo } = await deleteContacts({ ids });
      setMessage({ tone: 'ok', text: tp('contacts.bulk.deleted', deleted) });
      if (undo) offerUndo(tp('undo.delete', deleted), undoByToken(undo));
      onDone(true);
    } catch (error) {
      setMessage({ tone: 'error', text: describeError(error, t) });
    } finally {
      setBusy(false);
    }
  }

  // Export runs in this page (it only reads); archived rows go out only from an archived view.
  async function exportSelection(format: ExportFormat) {
    setBusy(true);
    try {
      // The CSV writer is loaded on first use: it is not needed to show the table.
      const { downloadBlob, exportContactsCsv } = await import('../../../lib/csv/export');
      const file = await exportContactsCsv({ ids }, { format, includeArchived: archivedView !== 0 });
      downloadBlob(file.blob, file.fileName);
      setMessage({ tone: 'ok', text: tp('contacts.bulk.exported', file.count) });
    } catch (error) {
      setMessage({ tone: 'error', text: describeError(error, t) });
    } finally {
      setBusy(false);
    }
  }

  const cleanTag = tag.trim();
  const group = groups.find((g) => String(g.id) === groupId);
  return (
    <div role="region" aria-label={t('contacts.bulk.label')} className="flex flex-wrap items-center gap-2 rounded-md bg-indigo-50 px-3 py-2 dark:bg-indigo-950/50" data-testid="bulk-bar">
      <span className="text-sm font-semibold" data-testid="selection-count">{tp('contacts.bulk.selected', ids.length)}</span>
      <span className="mx-1 h-5 w-px bg-indigo-200 dark:bg-indigo-800" aria-hidden />
      <label htmlFor={`${uid}-tag`} className="sr-only">{t('contacts.bulk.tag')}</label>
      <input id={`${uid}-tag`} list={`${uid}-tags`} value={tag} onChange={(e) => setTag(e.target.value)} placeholder={t('contacts.bulk.tag')} className={`${control} w-32`} />
      <datalist id={`${uid}-tags`}>{tags.map((x) => <option key={x} value={x} />)}</datalist>
      <button type="button" className={button} disabled={busy || !cleanTag} onClick={() => run({ kind: 'addTag', tag: cleanTag })}>{t('contacts.bulk.addTag')}</button>
      <button type="button" className={button} disabled={busy || !cleanTag} onClick={() => run({ kind: 'removeTag', tag: cleanTag })}>{t('contacts.bulk.removeTag')}</button>
      {groups.length > 0 && (
        <>
          <Select
            label={t('contacts.bulk.group')}
            hideLabel
            value={groupId}
            options={[{ value: '', label: t('contacts.bulk.group') }, ...groups.map((g) => ({ value: String(g.id), label: g.name }))]}
            onChange={setGroupId}
            compact
            className="w-auto max-w-48"
          />
          <button type="button" className={button} disabled={busy || !group} onClick={() => group && run({ kind: 'addGroup', groupId: group.id })}>{t('contacts.bulk.addGroup')}</button>
          <button type="button" className={button} disabled={busy || !group} onClick={() => group && run({ kind: 'removeGroup', groupId: group.id })}>{t('contacts.bulk.removeGroup')}</button>
        </>
      )}
      <Select<'' | Stage>
        label={t('contacts.bulk.stage')}
        hideLabel
        value=""
        disabled={busy}
        options={[{ value: '', label: t('contacts.bulk.stage') }, ...STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))]}
        onChange={(stage) => stage && run({ kind: 'setStage', stage })}
        compact
        className="w-auto"
      />
      <Select<'' | Status>
        label={t('contacts.bulk.status')}
        hideLabel
        value=""
        disabled={busy}
        options={[{ value: '', label: t('contacts.bulk.status') }, ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
        onChange={(status) => status && run({ kind: 'setStatus', status })}
        compact
        className="w-auto"
      />
      {archivedView !== 1 && <button type="button" className={button} disabled={busy} onClick={() => run({ kind: 'archive' })}>{t('contacts.bulk.archive')}</button>}
      {archivedView !== 0 && <button type="button" className={button} disabled={busy} onClick={() => run({ kind: 'unarchive' })}>{t('contacts.bulk.unarchive')}</button>}
      <button type="button" className={button} disabled={busy} onClick={() => void exportSelection('csv')} data-testid="bulk-export-csv">{t('contacts.bulk.exportCsv')}</button>
      <button type="button" className={button} disabled={busy} onClick={() => void exportSelection('excel-fr')}>{t('contacts.bulk.exportExcel')}</button>
      <button type="button" className={`${button} border-rose-300 text-rose-700 dark:border-rose-700 dark:text-rose-300`} disabled={busy} onClick={() => setConfirming(true)}>
        {t('contacts.bulk.delete')}
      </button>
      <button type="button" className="ml-auto text-xs text-indigo-700 underline dark:text-indigo-300" onClick={() => onDone(true)}>{t('contacts.bulk.clear')}</button>
      <p role="status" aria-live="polite" data-testid="bulk-feedback" className={`basis-full text-xs ${message?.tone === 'error' ? 'text-rose-700 dark:text-rose-300' : 'text-emerald-700 dark:text-emerald-300'}`}>
        {message?.text}
      </p>
      {confirming && (
        <ConfirmDialog
          title={tp('contacts.bulk.deleteTitle', ids.length)}
          body={t('contacts.bulk.deleteBody')}
          confirm={tp('contacts.bulk.deleteConfirm', ids.length)}
          onConfirm={remove}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
