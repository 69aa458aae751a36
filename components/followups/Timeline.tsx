import { useId, useState, type KeyboardEvent } from 'react';
import { addNote, deleteNote, editNote } from '../../lib/service/notes';
import { NOTE_LIMITS, type Note } from '../../lib/model';
import { useTimeline } from '../hooks/useTimeline';
import { HistoryEntryView, useHistoryWords } from '../contact/HistoryList';
import { describeError } from '../manager/contacts/feedback';
import { useI18n } from '../i18n';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/Dialog';
import { NoteText } from './NoteText';
import { dateFormat } from '../../lib/i18n/date-format';

const AREA = 'block w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';

/** Ctrl+Enter (or Cmd+Enter) saves; a plain Enter is a line break, and never submits the contact form. */
function onSaveKey(save: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    }
  };
}

/** The contact's notes and history in one list, newest first, with a box to write a note. */
export function Timeline({ contactId }: { contactId: number }) {
  const { t } = useI18n();
  const id = useId();
  const data = useTimeline(contactId);
  const words = useHistoryWords();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function add() {
    if (!draft.trim() || busy) return;
    setBusy(true);
    try {
      await addNote({ contactId, text: draft });
      setDraft('');
      setError(undefined);
    } catch (failure) {
      setError(describeError(failure, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
        {t('followups.notes.title')}
      </h3>
      <label className="block text-xs font-medium text-slate-600 dark:text-slate-300">
        {t('followups.notes.new')}
        <textarea
          className={`${AREA} mt-0.5`}
          rows={3}
          value={draft}
          maxLength={NOTE_LIMITS.text}
          placeholder={t('followups.notes.placeholder')}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onSaveKey(() => void add())}
          data-testid="note-new"
        />
      </label>
      <div className="mt-1 flex items-center gap-2">
        <Button variant="primary" size="sm" disabled={busy || !draft.trim()} onClick={() => void add()}>
          {t('followups.notes.add')}
        </Button>
        {error && (
          <span role="alert" className="text-xs text-rose-700 dark:text-rose-300">
            {error}
          </span>
        )}
      </div>
      {data && !data.length && <p className="mt-3 text-sm text-slate-500 dark:text-slate-400">{t('followups.timeline.empty')}</p>}
      {data && data.length > 0 && (
        <ol className="mt-3 space-y-2" data-testid="contact-history">
          {data.map((item) => (
            <li key={item.key} className={`border-l-2 pl-3 text-sm ${item.type === 'note' ? 'border-indigo-300 dark:border-indigo-600' : 'border-slate-200 dark:border-slate-700'}`}>
              {item.type === 'note' ? <NoteItem note={item.note} edited={item.edited} /> : <HistoryEntryView entry={item.entry} words={words} automatic={item.automatic} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function NoteItem({ note, edited }: { note: Note; edited: boolean }) {
  const { t, locale } = useI18n();
  const format = dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const [editing, setEditing] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();

  async function run(action: () => Promise<unknown>) {
    try {
      await action();
      setError(undefined);
      setEditing(undefined);
    } catch (failure) {
      setError(describeError(failure, t));
    }
  }
  const save = () => editing?.trim() && void run(() => editNote({ id: note.id, text: editing }));

  return (
    <div data-testid="timeline-note">
      <p>
        <span className="font-medium">{t('followups.timeline.note')}</span>
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {' '}
          · {format.format(note.createdAt)}
          {edited && ` · ${t('followups.notes.edited', { date: format.format(note.updatedAt) })}`}
        </span>
      </p>
      {editing === undefined ? (
        <NoteText text={note.text} />
      ) : (
        <textarea
          className={AREA}
          rows={3}
          value={editing}
          maxLength={NOTE_LIMITS.text}
          aria-label={t('followups.notes.editLabel', { date: format.format(note.createdAt) })}
          onChange={(e) => setEditing(e.target.value)}
          onKeyDown={onSaveKey(save)}
          autoFocus
        />
      )}
      <div className="mt-1 flex gap-2">
        {editing === undefined ? (
          <>
            <Button variant="ghost" size="sm" onClick={() => setEditing(note.text)} aria-label={t('followups.notes.editLabel', { date: format.format(note.createdAt) })}>
              {t('followups.notes.edit')}
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setConfirming(true)}>
              {t('followups.notes.delete')}
            </Button>
          </>
        ) : (
          <>
            <Button variant="primary" size="sm" disabled={!editing.trim()} onClick={save}>
              {t('followups.notes.update')}
            </Button>
            <Button size="sm" onClick={() => setEditing(undefined)}>
              {t('followups.notes.cancel')}
            </Button>
          </>
        )}
      </div>
      {error && (
        <p role="alert" className="text-xs text-rose-700 dark:text-rose-300">
          {error}
        </p>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('followups.notes.deleteTitle')}
          body={t('followups.notes.deleteBody')}
          confirm={t('followups.notes.delete')}
          onConfirm={() => {
            setConfirming(false);
            void run(() => deleteNote({ id: note.id }));
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
