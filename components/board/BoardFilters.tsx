import { isFiltered, type BoardFilter } from '../../lib/board/query';
import type { Group } from '../../lib/model';
import type { SavedSegment } from '../../lib/segments';
import { useT } from '../i18n';
import { Select } from '../ui/Select';

interface Props {
  filter: BoardFilter;
  onChange: (filter: BoardFilter) => void;
  tags: readonly string[];
  groups: readonly Group[];
  segments: readonly SavedSegment[];
}

/** Narrow the board to a tag, a group and/or a saved segment. */
export function BoardFilters({ filter, onChange, tags, groups, segments }: Props) {
  const t = useT();
  const active = isFiltered(filter);
  return (
    <fieldset className="flex items-end gap-2" aria-label={t('board.filter.label')}>
      <Select
        label={t('board.filter.group')}
        className="min-w-0 flex-1"
        value={String(filter.groupId ?? '')}
        options={[{ value: '', label: t('board.filter.anyGroup') }, ...groups.map((group) => ({ value: String(group.id), label: group.name }))]}
        onChange={(value) => onChange({ ...filter, groupId: value ? Number(value) : undefined })}
      />
      <Select
        label={t('board.filter.tag')}
        className="min-w-0 flex-1"
        value={filter.tag ?? ''}
        options={[{ value: '', label: t('board.filter.anyTag') }, ...tags.map((tag) => ({ value: tag, label: tag }))]}
        onChange={(value) => onChange({ ...filter, tag: value || undefined })}
      />
      <Select
        label={t('board.filter.segment')}
        className="min-w-0 flex-1"
        value={String(filter.segmentId ?? '')}
        options={[{ value: '', label: t('board.filter.anySegment') }, ...segments.map(({ row }) => ({ value: String(row.id), label: row.name }))]}
        onChange={(value) => onChange({ ...filter, segmentId: value ? Number(value) : undefined })}
      />
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
