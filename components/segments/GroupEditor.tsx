import type { NodePath } from '../../lib/segments/draft';
import type { Condition, SegmentGroup } from '../../lib/segments/schema';
import { useT } from '../i18n';
import { ConditionRow } from './ConditionRow';
import type { SegmentData } from './useSegmentData';
import { Select } from '../ui/Select';

type Mode = 'all' | 'any' | 'none';
const modeOf = (group: SegmentGroup): Mode => (group.negate ? 'none' : group.match);
const withMode = (group: SegmentGroup, mode: Mode): SegmentGroup =>
  mode === 'none' ? { ...group, match: 'any', negate: true } : { ...group, match: mode, negate: undefined };

const newCondition = (): Condition => ({ type: 'condition', field: 'tag', op: 'equals', value: undefined });

interface Props {
  group: SegmentGroup;
  path: NodePath;
  data: SegmentData;
  incomplete: Set<string>;
  onChange: (path: NodePath, next: Condition | SegmentGroup | null) => void;
}

const LINK = 'rounded px-2 py-1 text-sm font-medium text-indigo-700 hover:bg-indigo-50 dark:text-indigo-300 dark:hover:bg-indigo-900/40';

/** A group of conditions: the root (with its "which contacts?" choice) or a nested "either… or…" box. */
export function GroupEditor({ group, path, data, incomplete, onChange }: Props) {
  const t = useT();
  const root = path.length === 0;
  const testId = root ? 'segment-root' : `group-${path.join('-')}`;
  const setChildren = (children: SegmentGroup['children']) => onChange(path, { ...group, children });

  return (
    <div data-testid={testId} className={root ? 'space-y-3' : 'space-y-2 rounded border border-dashed border-indigo-300 bg-indigo-50/40 p-3 dark:border-indigo-700 dark:bg-indigo-900/20'}>
      <div className="flex flex-wrap items-center gap-2 text-sm font-medium">
        <span aria-hidden>{root ? t('segments.matchLabel') : t('segments.group.label')}</span>
        <Select<Mode>
          label={root ? t('segments.matchLabel') : t('segments.group.label')}
          hideLabel
          className="w-auto"
          value={modeOf(group)}
          onChange={(mode) => onChange(path, withMode(group, mode))}
          options={(['all', 'any', 'none'] as const).map((mode) => ({ value: mode, label: t(root ? `segments.match.${mode}` : `segments.group.${mode}`) }))}
        />
      </div>
      {root && group.children.length === 0 && <p className="text-sm text-slate-500 dark:text-slate-400">{t('segments.noConditions')}</p>}
      <ul className="space-y-2">
        {group.children.map((child, index) => {
          const childPath = [...path, index];
          if (child.type === 'group') {
            return (
              <li key={index}>
                <GroupEditor group={child} path={childPath} data={data} incomplete={incomplete} onChange={onChange} />
              </li>
            );
          }
          return (
            <ConditionRow
              key={index}
              condition={child}
              data={data}
              invalid={incomplete.has(childPath.join('.'))}
              testId={`condition-${childPath.join('-')}`}
              onChange={(next) => onChange(childPath, next)}
              onRemove={() => onChange(childPath, null)}
            />
          );
        })}
      </ul>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={LINK} onClick={() => setChildren([...group.children, newCondition()])}>
          + {t('segments.addCondition')}
        </button>
        {root && (
          <button type="button" className={LINK} onClick={() => setChildren([...group.children, { type: 'group', match: 'any', children: [newCondition(), newCondition()] }])}>
            + {t('segments.addGroup')}
          </button>
        )}
        {!root && (
          <button type="button" className={`${LINK} text-red-700 dark:text-red-300`} onClick={() => onChange(path, null)}>
            {t('segments.removeGroup')}
          </button>
        )}
      </div>
    </div>
  );
}
