import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { needsNewConsent } from '../../../lib/contacts/status';
import { updateContact } from '../../../lib/service/contacts';
import { displayName, STAGES, STATUSES, type Contact, type ContactPatch, type Stage, type Status } from '../../../lib/model';
import { ConsentConfirmation } from '../../contact/ConsentConfirmation';
import { TagInput } from '../../contact/TagInput';
import { editBase } from '../../contact/edit-base';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { useToast } from '../../ui/Toast';
import { describeError } from './feedback';

/** The columns a cell editor exists for. */
export const INLINE_COLUMNS = ['stage', 'status', 'tags'] as const;
export type InlineColumn = (typeof INLINE_COLUMNS)[number];
export const isInline = (id: string): id is InlineColumn => (INLINE_COLUMNS as readonly string[]).includes(id);

const FIELD_KEY = { stage: 'field.stage', status: 'field.status', tags: 'field.tags' } as const;

interface Props {
  contact: Contact;
  column: InlineColumn;
  /** The cell it opens under (viewport coordinates). */
  anchor: { left: number; top: number; bottom: number; width: number };
  tags: string[];
  onClose: () => void;
}

/**
 * A small editor under a table cell: stage and status as a select, tags as
 * the drawer's tag input. It writes through the drawer's path (updateContact
 * with the version it opened: a change made meanwhile is never reverted), asks
 * for the new consent inline when a status reopens an unsubscribed contact,
 * and Escape, a click outside or Tab away cancels.
 */
export function InlineEditor({ contact, column, anchor, tags, onClose }: Props) {
  const t = useT();
  const toast = useToast();
  const panel = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<Status>(contact.status);
  const [tagList, setTagList] = useState(contact.tags);
  const [consent, setConsent] = useState({ confirmed: false, note: '' });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const name = displayName(contact);
  const field = t(FIELD_KEY[column]);
  const reopening = column === 'status' && needsNewConsent(contact.status, status);

  useEffect(() => {
    panel.current?.querySelector<HTMLElement>('select, input')?.focus();
    const outside = (event: MouseEvent) => !panel.current?.contains(event.target as Node) && onClose();
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [onClose]);

  // Under the cell, or above it when the window has no room below (a bottom row, the consent shown).
  const [top, setTop] = useState(anchor.bottom + 2);
  useLayoutEffect(() => {
    const height = panel.current?.offsetHeight ?? 0;
    const wanted = anchor.bottom + 2 + height > window.innerHeight ? Math.max(4, anchor.top - height - 2) : anchor.bottom + 2;
    if (wanted !== top) setTop(wanted);
    // Its height changes with the consent block and an error line.
  }, [anchor.bottom, anchor.top, top, reopening, error]);

  async function save(patch: ContactPatch) {
    if (reopening && (!consent.confirmed || !consent.note.trim())) {
      setError(t('privacy.error.consent_required'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await updateContact({ id: contact.id, patch, base: editBase(contact, patch), newConsent: reopening ? { note: consent.note.trim() } : undefined });
      toast({ text: t('inline.saved', { field, name }) });
      onClose();
    } catch (failure) {
      setError(describeError(failure, t));
    } finally {
      setBusy(false);
    }
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Enter' && column === 'tags' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save({ tags: tagList });
    }
  };

  const pickStatus = (next: Status) => {
    setStatus(next);
    // Reopening waits for the consent below; any other status is saved at once.
    if (!needsNewConsent(contact.status, next) && next !== contact.status) void save({ status: next });
  };

  return (
    <div
      ref={panel}
      role="dialog"
      aria-label={t('inline.edit', { field, name })}
      data-testid="inline-editor"
      onKeyDown={onKeyDown}
      onBlur={(event) => event.relatedTarget && !event.currentTarget.contains(event.relatedTarget) && onClose()}
      className="fixed z-40 w-72 space-y-2 rounded-md border border-slate-300 bg-white p-2 text-sm shadow-lg dark:border-slate-600 dark:bg-slate-800"
      style={{ left: Math.min(anchor.left, window.innerWidth - 296), top, minWidth: anchor.width }}
    >
      {column === 'stage' && (
        <Select<Stage>
          label={field}
          value={contact.stage}
          disabled={busy}
          options={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
          onChange={(stage) => stage !== contact.stage && void save({ stage })}
        />
      )}
      {column === 'status' && (
        <>
          <Select<Status> label={field} value={status} disabled={busy} options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} onChange={pickStatus} />
          {reopening && (
            <>
              <ConsentConfirmation value={consent} onChange={setConsent} />
              <Button variant="primary" size="sm" disabled={busy} onClick={() => void save({ status })}>{t('inline.save')}</Button>
            </>
          )}
        </>
      )}
      {column === 'tags' && (
        <>
          <TagInput value={tagList} onChange={setTagList} suggestions={tags} />
          <div className="flex justify-end gap-2">
            <Button size="sm" onClick={onClose}>{t('common.cancel')}</Button>
            <Button variant="primary" size="sm" disabled={busy} onClick={() => void save({ tags: tagList })}>{t('inline.save')}</Button>
          </div>
        </>
      )}
      {error && (
        <p role="alert" className="text-xs text-rose-700 dark:text-rose-300">
          {error}
        </p>
      )}
    </div>
  );
}
