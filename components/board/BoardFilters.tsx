import { useId } from 'react';
import { isFiltered, type BoardFilter } from '../../lib/board/query';
import type { Group } from '../../lib/model';
import type { SavedSegment } from '../../lib/segments';
import { useT } from '../i18n';

interface Props {
  filter: BoardFilter;
  onChange: (filter: BoardFilter) => void;
  tags: readonly string[];
  groups: readonly Group[];
  segments: readonly SavedSegment[];
}

const SELECT =
  'mt-0.5 block w-full rounded border border-slate-300 bg-white px-1.5 py-1 text-sm dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';

/** Narrow the board to a tag, a group and/or a saved segment. */
export function BoardFilters({ filter, onChange, tags, groups, segments }: Props) {
  const t = useT();
  const id = useId();
  const active = isFiltered(filter);
  return (
    <fieldset className="flex items-end gap-2" aria-label={t('board.filter.label')}>
      <div className="min-w-0 flex-1">
        <label htmlFor={`${id}-group`} className="text-xs font-medium text-slate-600 dark:text-slate-300">
          {t('board.filter.group')}
        </label>
        <select
          id={`${id}-group`}
          className={SELECT}
          value={filter.groupId ?? ''}
          onChange={(e) => onChange({ ...filter, groupId: e.target.value ? Number(e.target.value) : undefined })}
        >
          <option value="">{t('board.filter.anyGroup')}</option>
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-0 flex-1">
        <label htmlFor={`${id}-tag`} className="text-xs font-medium text-slate-600 dark:text-slate-300">
          {t('board.filter.tag')}
        </label>
        <select
          id={`${id}-tag`}
          className={SELECT}
          value={filter.tag ?? ''}
          onChange={(e) => onChange({ ...filter, tag: e.target.value || undefined })}
        >
          <option value="">{t('board.filter.anyTag')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-0 flex-1">
        <label htmlFor={`${id}-segment`} className="text-xs font-medium text-slate-600 dark:text-slate-300">
          {t('board.filter.segment')}
        </label>
        <select
          id={`${id}-segment`}
          className={SELECT}
          value={filter.segmentId ?? ''}
          onChange={(e) => onChange({ ...filter, segmentId: e.target.value ? Number(e.target.value) : undefined })}
        >
          <option value="">{t('board.filter.anySegment')}</option>
          {segments.map(({ row }) => (
            <option key={row.id} value={row.id}>
              {row.name}
            </option>
          ))}
        </select>
      </div>
      {active && (
        <button
          type="button"
          onClick={() => onChange({})}
          className="shrink-0 rounded px-2 py-1 text-xs text-indigo-700 hover:bg-indigo-50 dark:text-indigo-300 dark:hover:bg-indigo-900/30"
        >
          {t('board.filter.clear')}
        </button>
      )}
    </fieldset>
  );
}
