import { useEffect, useId, useRef, useState } from 'react';
import { openInManager } from '../../lib/board/open';
import { updateContact } from '../../lib/service/contacts';
import { displayName, STAGES, STATUSES, type Contact, type ContactPatch } from '../../lib/model';
import { errorMessage } from '../../lib/ui/errors';
import { useGroups, useTags } from '../hooks/useCatalog';
import { useT } from '../i18n';
import { Select } from '../ui/Select';
import { TagEditor } from './TagEditor';
import { useContact } from '../hooks/useContacts';

type Overlay = Partial<Pick<Contact, 'stage' | 'status' | 'tags' | 'groupIds'>>;

/** Overlay fields the database now holds too: they can go. */
function settledFields(stored: Contact, overlay: Overlay): Array<keyof Overlay> {
  return (Object.keys(overlay) as Array<keyof Overlay>).filter((k) => JSON.stringify(stored[k]) === JSON.stringify(overlay[k]));
}

function omit(overlay: Overlay, keys: Array<keyof Overlay>): Overlay {
  return Object.fromEntries(Object.entries(overlay).filter(([k]) => !keys.includes(k as keyof Overlay)));
}


/** Tags, groups, stage and status of one contact, each change saved at once (live). */
export function QuickEdit({ contactId, onBack }: { contactId: number; onBack: () => void }) {
  const t = useT();
  const id = useId();
  const stored = useContact(contactId);
  const groups = useGroups();
  const tags = useTags();
  const [feedback, setFeedback] = useState<{ ok: boolean; text: string }>();
  // Edits show at once and are sent one after another, each computed from the
  // previous one, so quick clicks never undo each other.
  const [overlay, setOverlay] = useState<Overlay>({});
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // Opened from the list, the editor takes focus (its title), so keyboard and screen-reader users land in it.
  const title = useRef<HTMLHeadingElement>(null);
  const loaded = stored !== null;
  useEffect(() => {
    if (loaded) title.current?.focus();
  }, [loaded]);
  const caughtUp = stored ? settledFields(stored, overlay) : [];
  if (caughtUp.length) setOverlay((o) => omit(o, caughtUp));

  function save(patch: Overlay) {
    setOverlay((o) => ({ ...o, ...patch }));
    queue.current = queue.current.then(async () => {
      try {
        await updateContact({ id: contactId, patch: patch as ContactPatch });
        setFeedback({ ok: true, text: t('popup.edit.saved') });
      } catch (error) {
        setOverlay((o) => omit(o, Object.keys(patch) as Array<keyof Overlay>));
        const { key, params } = errorMessage(error);
        setFeedback({ ok: false, text: t(key, params) });
      }
    });
  }

  const back = (
    <button type="button" onClick={onBack} className="text-sm text-indigo-700 hover:underline dark:text-indigo-300">
      ← {t('popup.edit.back')}
    </button>
  );
  if (stored === null) return null;
  const contact = stored ? { ...stored, ...overlay } : stored;
  if (!contact) return (
    <section className="space-y-2">
      {back}
      <p role="alert" className="text-sm text-slate-600 dark:text-slate-300">{t('popup.edit.gone')}</p>
    </section>
  );

  const toggleGroup = (groupId: number, on: boolean) =>
    save({ groupIds: on ? [...contact.groupIds, groupId] : contact.groupIds.filter((g) => g !== groupId) });

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3" data-testid="quick-edit">
      {back}
      <header>
        <h2 id={`${id}-title`} ref={title} tabIndex={-1} className="truncate text-base font-semibold focus:outline-none">
          <span className="sr-only">{t('popup.edit.title')}: </span>
          {displayName(contact)}
        </h2>
        <p className="truncate text-xs text-slate-500 dark:text-slate-400">{[contact.title, contact.company, contact.email].filter(Boolean).join(' · ')}</p>
      </header>
      <div className="grid grid-cols-2 gap-2">
        <Select label={t('field.stage')} value={contact.stage} options={STAGES.map((stage) => ({ value: stage, label: t(`stage.${stage}`) }))} onChange={(stage) => save({ stage })} />
        <Select label={t('field.status')} value={contact.status} options={STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))} onChange={(status) => save({ status })} />
      </div>
      <fieldset>
        <legend className="text-xs font-medium text-slate-600 dark:text-slate-300">{t('field.groups')}</legend>
        {groups.length === 0 && <p className="text-xs text-slate-500 dark:text-slate-400">{t('popup.groups.none')}</p>}
        <div className="mt-0.5 flex flex-wrap gap-x-3 gap-y-1">
          {groups.map((group) => (
            <label key={group.id} className="inline-flex items-center gap-1 text-sm">
              <input type="checkbox" checked={contact.groupIds.includes(group.id)} onChange={(e) => toggleGroup(group.id, e.target.checked)} />
              <span aria-hidden className="size-2 rounded-full" style={{ backgroundColor: group.color }} />
              {group.name}
            </label>
          ))}
        </div>
      </fieldset>
      <TagEditor tags={contact.tags} suggestions={tags} onChange={(next) => save({ tags: next })} />
      <p role="status" className={`min-h-5 text-xs ${feedback?.ok === false ? 'text-red-600' : 'text-emerald-700 dark:text-emerald-400'}`} data-testid="quick-edit-feedback">
        {feedback?.text}
      </p>
      <button type="button" onClick={() => void openInManager(contact.id)} className="text-sm text-indigo-700 hover:underline dark:text-indigo-300">
        {t('popup.edit.openInManager')}
      </button>
    </section>
  );
}
