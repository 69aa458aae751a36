import { useMemo, useState, type FormEvent } from 'react';
import type { SegmentRow } from '../../lib/db/database';
import { saveSegment } from '../../lib/service/catalog';
import { describeSegment } from '../../lib/segments/describe';
import { completePart, incompletePaths, updateAt, type NodePath } from '../../lib/segments/draft';
import { emptySegment, type Condition, type Segment, type SegmentGroup } from '../../lib/segments/schema';
import { useI18n } from '../i18n';
import { TextField } from '../ui/TextField';
import { CountText } from './CountText';
import { GroupEditor } from './GroupEditor';
import { useDebounced, useSegmentCount, useSegmentData } from './useSegmentData';

interface Props {
  /** The saved segment being edited; absent for a new one. */
  saved?: { row: SegmentRow; segment: Segment };
  onDone: (id: number) => void;
  onCancel: () => void;
}

/** Build a segment with plain-language choices, a live count and the segment read back as a sentence. */
export function SegmentEditor({ saved, onDone, onCancel }: Props) {
  const { t, locale } = useI18n();
  const data = useSegmentData();
  const [name, setName] = useState(saved?.row.name ?? '');
  const [draft, setDraft] = useState<Segment>(saved?.segment ?? emptySegment());
  const [nameError, setNameError] = useState<string>();
  const [error, setError] = useState<string>();
  const [showIncomplete, setShowIncomplete] = useState(false);

  const complete = useMemo(() => completePart(draft), [draft]);
  const incomplete = useMemo(() => new Set(incompletePaths(draft).map((p) => p.join('.'))), [draft]);
  // Recount a moment after the last change, not on every keystroke.
  const settled = useDebounced(complete, 300);
  const count = useSegmentCount(settled);
  const counting = settled !== complete || count === undefined;

  const change = (path: NodePath, next: Condition | SegmentGroup | null) => setDraft((current) => updateAt(current, path, next));

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setNameError(name.trim() ? undefined : t('segments.name.required'));
    if (!name.trim()) return;
    if (incomplete.size) {
      setShowIncomplete(true);
      setError(t('segments.incomplete'));
      return;
    }
    try {
      const row = await saveSegment({ id: saved?.row.id, name, criteria: complete });
      onDone(row.id);
    } catch (cause) {
      const text = cause instanceof Error ? cause.message : String(cause);
      if (text.includes('name_taken')) setNameError(t('segments.name.taken'));
      else setError(t('error.unexpected', { detail: text }));
    }
  }

  return (
    <form onSubmit={save} aria-labelledby="segment-editor-title" className="max-w-4xl space-y-4" data-testid="segment-editor">
      <div className="flex items-center gap-3">
        <button type="button" onClick={onCancel} className="text-sm text-indigo-700 hover:underline dark:text-indigo-300">
          ← {t('segments.back')}
        </button>
        <h2 id="segment-editor-title" className="text-lg font-semibold">
          {saved ? t('segments.editor.edit') : t('segments.editor.new')}
        </h2>
      </div>
      <div className="max-w-md">
        <TextField label={t('segments.name')} value={name} onChange={setName} error={nameError} name="segment-name" autoFocus={!saved} />
      </div>
      <div className="rounded border border-slate-200 p-4 dark:border-slate-700">
        <GroupEditor group={draft} path={[]} data={data} incomplete={showIncomplete ? incomplete : new Set()} onChange={change} />
      </div>
      <div className="grid gap-3 rounded bg-slate-50 p-3 text-sm sm:grid-cols-[auto_1fr] dark:bg-slate-800/60">
        <p className="font-medium">{t('segments.liveCount')}</p>
        <p aria-live="polite" aria-busy={counting} className="text-base font-semibold">
          <CountText count={counting ? undefined : count} testId="segment-live-count" />
        </p>
        <p className="font-medium">{t('segments.sentence')}</p>
        <p data-testid="segment-sentence" className="italic text-slate-700 dark:text-slate-300">
          {describeSegment(complete, locale, data.names)}
        </p>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <button type="submit" className="rounded bg-indigo-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-indigo-700">
          {t('common.save')}
        </button>
        <button type="button" onClick={onCancel} className="rounded px-3 py-1.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
