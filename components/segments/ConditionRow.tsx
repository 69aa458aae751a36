import type { MessageKey } from '../../lib/i18n';
import { BUILTIN_FIELDS, customKey, customOperators, FIELD_KINDS, isCustomField, operatorsOf, type FieldId, type Operator } from '../../lib/segments/fields';
import type { Condition } from '../../lib/segments/schema';
import { useT } from '../i18n';
import type { SegmentData } from './useSegmentData';
import { FIELD_INPUT, ValueInput } from './ValueInput';

/** Operators the editor offers on a field (custom fields: by their type). */
export function offeredOperators(field: FieldId, data: SegmentData): readonly Operator[] {
  if (!isCustomField(field)) return operatorsOf(field);
  return customOperators(data.defs.find((d) => d.key === customKey(field))?.type ?? 'text');
}

function operatorKey(field: FieldId, op: Operator, data: SegmentData): MessageKey {
  const kind = isCustomField(field) ? undefined : FIELD_KINDS[field];
  if (kind === 'tags') return `segments.op.tags.${op}` as MessageKey;
  if (kind === 'groups') return `segments.op.groups.${op}` as MessageKey;
  const dated = kind === 'moment' || (isCustomField(field) && data.defs.find((d) => d.key === customKey(field))?.type === 'date');
  if (dated && (op === 'gt' || op === 'lt' || op === 'between')) return `segments.op.date.${op}`;
  return `segments.op.${op}`;
}

const arity = (op: Operator) => (op === 'in' ? 'list' : op === 'between' ? 'pair' : op === 'isEmpty' || op === 'isNotEmpty' ? 'none' : 'one');

interface Props {
  condition: Condition;
  data: SegmentData;
  invalid: boolean;
  testId: string;
  onChange: (next: Condition) => void;
  onRemove: () => void;
}

/** One line of the editor: "[Tag] [has the tag] [salon-2025] ✕". */
export function ConditionRow({ condition, data, invalid, testId, onChange, onRemove }: Props) {
  const t = useT();
  const ops = offeredOperators(condition.field, data);
  return (
    <li className="flex flex-wrap items-center gap-2" data-testid={testId} data-incomplete={invalid || undefined}>
      <select
        aria-label={t('segments.field')}
        className={FIELD_INPUT}
        value={condition.field}
        onChange={(e) => {
          const field = e.target.value as FieldId;
          onChange({ type: 'condition', field, op: offeredOperators(field, data)[0]!, value: undefined });
        }}
      >
        <optgroup label={t('segments.standardFields')}>
          {BUILTIN_FIELDS.map((field) => (
            <option key={field} value={field}>
              {t(`segments.field.${field}`)}
            </option>
          ))}
        </optgroup>
        {data.defs.length > 0 && (
          <optgroup label={t('segments.customFields')}>
            {data.defs.map((def) => (
              <option key={def.key} value={`custom:${def.key}`}>
                {def.label}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      <select
        aria-label={t('segments.operator')}
        className={FIELD_INPUT}
        value={condition.op}
        onChange={(e) => {
          const op = e.target.value as Operator;
          onChange({ ...condition, op, value: arity(op) === arity(condition.op) ? condition.value : undefined });
        }}
      >
        {ops.map((op) => (
          <option key={op} value={op}>
            {t(operatorKey(condition.field, op, data))}
          </option>
        ))}
      </select>
      <ValueInput key={`${condition.field}|${arity(condition.op)}`} condition={condition} data={data} invalid={invalid} onChange={(value) => onChange({ ...condition, value })} />
      <button type="button" onClick={onRemove} aria-label={t('segments.removeCondition')} title={t('segments.removeCondition')} className="rounded px-2 py-1 text-slate-500 dark:text-slate-400 hover:bg-slate-100 hover:text-red-600 dark:hover:bg-slate-800">
        ✕
      </button>
    </li>
  );
}
