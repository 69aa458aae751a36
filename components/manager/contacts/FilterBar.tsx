import { useId, useState } from 'react';
import type { ContactFilter } from '../../../lib/contacts/query';
import { STAGES, STATUSES, type Group } from '../../../lib/model';
import { useT } from '../../i18n';
import { DUE_FILTERS } from '../../../lib/notes/due';

interface Props {
  filter: ContactFilter;
  onChange: (filter: ContactFilter) => void;
  groups: Group[];
  tags: string[];
  /** Filters that came with a link (segment, import): shown as chips that clear the link. */
  pinned?: PinnedFilter[];
}

export interface PinnedFilter {
  id: string;
  label: string;
  removeLabel: string;
  onClear: () => void;
}

const toggle = <T,>(list: T[] | undefined, item: T): T[] =>
  list?.includes(item) ? list.filter((x) => x !== item) : [...(list ?? []), item];

function Chip({ pressed, onClick, children, testId }: { pressed: boolean; onClick: () => void; children: React.ReactNode; testId?: string }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onClick}
      data-testid={testId}
      className="flex items-center gap-1 rounded-full border border-slate-300 px-2.5 py-0.5 text-xs hover:bg-slate-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-indigo-500 aria-pressed:border-indigo-600 aria-pressed:bg-indigo-600 aria-pressed:text-white dark:border-slate-600 dark:hover:bg-slate-800 dark:aria-pressed:bg-indigo-500"
    >
      {children}
    </button>
  );
}

/** Filter chips: archived, stage, status, group and tag. Within a row any chip matches; rows combine. */
export function FilterBar({ filter, onChange, groups, tags, pinned = [] }: Props) {
  const t = useT();
  const tagInput = useId();
  const [tagDraft, setTagDraft] = useState('');
  const archived = filter.archived ?? 0;
  const active = !!(filter.stages?.length || filter.statuses?.length || filter.groupIds?.length || filter.tags?.length || filter.due || archived !== 0);
  const addTag = () => {
    const tag = tags.find((x) => x.toLowerCase() === tagDraft.trim().toLowerCase());
    if (tag) onChange({ ...filter, tags: [...new Set([...(filter.tags ?? []), tag])] });
    setTagDraft('');
  };
  const row = 'flex flex-wrap items-center gap-1.5';
  const rowLabel = 'mr-1 w-16 text-xs font-medium text-slate-500 dark:text-slate-400';
  return (
    <div className="space-y-1.5" role="group" aria-label={t('contacts.filters.label')}>
      <div className={row} role="group" aria-label={t('contacts.filters.show')}>
        <span className={rowLabel} aria-hidden>{t('contacts.filters.show')}</span>
        {([0, 1, 'all'] as const).map((value) => (
          <Chip key={value} pressed={archived === value} onClick={() => onChange({ ...filter, archived: value })}>
            {t(`contacts.filters.archived.${value}`)}
          </Chip>
        ))}
        {pinned.map((chip) => (
          <span key={chip.id} className="ml-2">
            <Chip pressed onClick={chip.onClear} testId={`${chip.id}-filter-chip`}>
              {chip.label}
              <span className="sr-only">{chip.removeLabel}</span>
              <span aria-hidden>✕</span>
            </Chip>
          </span>
        ))}
        {active && (
          <button type="button" onClick={() => onChange({ search: filter.search })} className="ml-2 text-xs text-indigo-700 underline dark:text-indigo-300">
            {t('contacts.filters.clear')}
          </button>
        )}
      </div>
      <div className={row} role="group" aria-label={t('field.stage')}>
        <span className={rowLabel} aria-hidden>{t('field.stage')}</span>
        {STAGES.map((stage) => (
          <Chip key={stage} pressed={!!filter.stages?.includes(stage)} onClick={() => onChange({ ...filter, stages: toggle(filter.stages, stage) })}>
            {t(`stage.${stage}`)}
          </Chip>
        ))}
      </div>
      <div className={row} role="group" aria-label={t('field.status')}>
        <span className={rowLabel} aria-hidden>{t('field.status')}</span>
        {STATUSES.map((status) => (
          <Chip key={status} pressed={!!filter.statuses?.includes(status)} onClick={() => onChange({ ...filter, statuses: toggle(filter.statuses, status) })}>
            {t(`status.${status}`)}
          </Chip>
        ))}
      </div>
      <div className={row} role="group" aria-label={t('followups.filter.label')}>
        <span className={rowLabel} aria-hidden>{t('followups.filter.label')}</span>
        {DUE_FILTERS.map((due) => (
          <Chip key={due} pressed={filter.due === due} onClick={() => onChange({ ...filter, due: filter.due === due ? undefined : due })} testId={`due-filter-${due}`}>
            {t(`followups.filter.${due}`)}
          </Chip>
        ))}
        {filter.due && !filter.search?.trim() && !filter.stages?.length && !filter.statuses?.length && !filter.groupIds?.length && !filter.tags?.length && (
          <span className="ml-1 text-xs text-slate-500 dark:text-slate-400" data-testid="due-order">{t('followups.filter.byDue')}</span>
        )}
      </div>
      <div className={row} role="group" aria-label={t('contacts.filters.groupsAndTags')}>
        <span className={rowLabel} aria-hidden>{t('contacts.filters.groupsAndTags')}</span>
        {groups.map((group) => (
          <Chip key={group.id} pressed={!!filter.groupIds?.includes(group.id)} onClick={() => onChange({ ...filter, groupIds: toggle(filter.groupIds, group.id) })}>
            <span aria-hidden className="inline-block size-2 rounded-full" style={{ backgroundColor: group.color }} />
            {group.name}
          </Chip>
        ))}
        {filter.tags?.map((tag) => (
          <Chip key={tag} pressed onClick={() => onChange({ ...filter, tags: toggle(filter.tags, tag) })} testId="tag-filter-chip">
            #{tag}
            <span className="sr-only">{t('contacts.filters.removeTag')}</span>
            <span aria-hidden>×</span>
          </Chip>
        ))}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            addTag();
          }}
          className="flex items-center"
        >
          <label htmlFor={tagInput} className="sr-only">{t('contacts.filters.tag')}</label>
          <input
            id={tagInput}
            list={`${tagInput}-list`}
            value={tagDraft}
            onChange={(event) => setTagDraft(event.target.value)}
            placeholder={t('contacts.filters.tagPlaceholder')}
            className="w-36 rounded-full border border-dashed border-slate-300 bg-transparent px-2.5 py-0.5 text-xs focus:border-indigo-500 focus:outline-none dark:border-slate-600"
          />
          <datalist id={`${tagInput}-list`}>
            {tags.map((tag) => <option key={tag} value={tag} />)}
          </datalist>
        </form>
      </div>
    </div>
  );
}
