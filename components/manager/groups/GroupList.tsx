import { useId, useState, type FormEvent } from 'react';
import { GROUP_COLORS } from '../../../lib/contacts/groups';
import { createGroup, deleteGroup, updateGroup } from '../../../lib/service/catalog';
import type { Group } from '../../../lib/model';
import { useGroups } from '../../hooks/useCatalog';
import { usePlural } from '../../hooks/usePlural';
import { useT } from '../../i18n';
import { ConfirmDialog } from '../../ui/Dialog';
import { describeError } from '../contacts/feedback';
import { ColorPicker } from './ColorPicker';
import { useGroupCount } from '../../hooks/useContacts';

const input = 'rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800';
const button = 'rounded-md border border-slate-300 px-2.5 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';

function GroupRow({ group, onMessage }: { group: Group; onMessage: (tone: 'ok' | 'error', text: string) => void }) {
  const t = useT();
  const tp = usePlural();
  const uid = useId();
  const count = useGroupCount(group.id);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(group.name);
  const [color, setColor] = useState(group.color);
  const [confirming, setConfirming] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await updateGroup({ id: group.id, name: name.trim(), color });
      setEditing(false);
      onMessage('ok', t('groups.saved'));
    } catch (error) {
      onMessage('error', describeError(error, t));
    }
  }
  async function remove() {
    setConfirming(false);
    const changed = await deleteGroup({ id: group.id });
    onMessage('ok', tp('groups.deleted', changed, { name: group.name }));
  }

  return (
    <li className="flex flex-wrap items-center gap-3 py-2" data-testid="group-row">
      {editing ? (
        <form onSubmit={save} className="flex flex-wrap items-center gap-2">
          <label htmlFor={`${uid}-name`} className="sr-only">{t('groups.name')}</label>
          <input id={`${uid}-name`} value={name} onChange={(e) => setName(e.target.value)} maxLength={80} className={input} autoFocus />
          <ColorPicker value={color} onChange={setColor} name={`${uid}-color`} />
          <button type="submit" className={button} disabled={!name.trim()}>{t('common.save')}</button>
          <button type="button" className={button} onClick={() => setEditing(false)}>{t('common.cancel')}</button>
        </form>
      ) : (
        <>
          <span aria-hidden className="inline-block size-3 rounded-full" style={{ backgroundColor: group.color }} />
          <span className="font-medium">{group.name}</span>
          <span className="text-sm text-slate-500 dark:text-slate-400">{count === undefined ? '' : tp('groups.members', count)}</span>
          <span className="ml-auto flex gap-2">
            <button type="button" className={button} onClick={() => setEditing(true)} aria-label={t('groups.editNamed', { name: group.name })}>{t('groups.edit')}</button>
            <button type="button" className={`${button} text-rose-700 dark:text-rose-300`} onClick={() => setConfirming(true)} aria-label={t('groups.deleteNamed', { name: group.name })}>
              {t('contacts.bulk.delete')}
            </button>
          </span>
        </>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('groups.deleteTitle', { name: group.name })}
          body={t('groups.deleteBody')}
          confirm={t('groups.deleteConfirm')}
          onConfirm={remove}
          onCancel={() => setConfirming(false)}
        />
      )}
    </li>
  );
}

/** Create, rename, recolor and delete groups (their contacts stay). */
export function GroupList() {
  const t = useT();
  const uid = useId();
  const groups = useGroups();
  const [name, setName] = useState('');
  const [color, setColor] = useState<string>(GROUP_COLORS[0]);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const say = (tone: 'ok' | 'error', text: string) => setMessage({ tone, text });

  async function create(event: FormEvent) {
    event.preventDefault();
    try {
      await createGroup({ name: name.trim(), color });
      say('ok', t('groups.created', { name: name.trim() }));
      setName('');
      setColor(GROUP_COLORS[(groups.length + 1) % GROUP_COLORS.length]!);
    } catch (error) {
      say('error', describeError(error, t));
    }
  }

  return (
    <section aria-labelledby="groups-title" className="space-y-3">
      <h2 id="groups-title" className="text-lg font-semibold">{t('groups.title')}</h2>
      <p className="text-sm text-slate-600 dark:text-slate-300">{t('groups.intro')}</p>
      <form onSubmit={create} className="flex flex-wrap items-center gap-2">
        <label htmlFor={`${uid}-new`} className="sr-only">{t('groups.newName')}</label>
        <input id={`${uid}-new`} value={name} onChange={(e) => setName(e.target.value)} maxLength={80} placeholder={t('groups.newName')} className={input} />
        <ColorPicker value={color} onChange={setColor} name={`${uid}-new-color`} />
        <button type="submit" disabled={!name.trim()} className="rounded-md bg-indigo-600 px-3 py-1 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-50">
          {t('groups.create')}
        </button>
      </form>
      <p role="status" aria-live="polite" data-testid="groups-feedback" className={`text-sm ${message?.tone === 'error' ? 'text-rose-700 dark:text-rose-300' : 'text-emerald-700 dark:text-emerald-300'}`}>
        {message?.text}
      </p>
      {groups.length ? (
        <ul className="divide-y divide-slate-100 dark:divide-slate-800">
          {groups.map((group) => <GroupRow key={`${group.id}-${group.name}-${group.color}`} group={group} onMessage={say} />)}
        </ul>
      ) : (
        <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-500 dark:text-slate-400 dark:border-slate-600">{t('groups.empty')}</p>
      )}
    </section>
  );
}
