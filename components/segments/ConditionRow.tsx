import type { MessageKey } from '../../lib/i18n';
import { BUILTIN_FIELDS, customKey, customOperators, FIELD_KINDS, isCustomField, operatorsOf, type FieldId, type Operator } from '../../lib/segments/fields';
import type { Condition } from '../../lib/segments/schema';
import { useT } from '../i18n';
import type { SegmentData } from './useSegmentData';
import { ValueInput } from './ValueInput';
import { Select } from '../ui/Select';

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
      <Select<FieldId>
        label={t('segments.field')}
        hideLabel
        className="w-auto"
        value={condition.field}
        onChange={(field) => onChange({ type: 'condition', field, op: offeredOperators(field, data)[0]!, value: undefined })}
        options={[
          ...BUILTIN_FIELDS.map((field) => ({ value: field as FieldId, label: t(`segments.field.${field}`), group: t('segments.standardFields') })),
          ...data.defs.map((def) => ({ value: `custom:${def.key}` as FieldId, label: def.label, group: t('segments.customFields') })),
        ]}
      />
      <Select<Operator>
        label={t('segments.operator')}
        hideLabel
        className="w-auto"
        value={condition.op}
        onChange={(op) => onChange({ ...condition, op, value: arity(op) === arity(condition.op) ? condition.value : undefined })}
        options={ops.map((op) => ({ value: op, label: t(operatorKey(condition.field, op, data)) }))}
      />
      <ValueInput key={`${condition.field}|${arity(condition.op)}`} condition={condition} data={data} invalid={invalid} onChange={(value) => onChange({ ...condition, value })} />
      <button type="button" onClick={onRemove} aria-label={t('segments.removeCondition')} title={t('segments.removeCondition')} className="rounded px-2 py-1 text-slate-500 dark:text-slate-400 hover:bg-slate-100 hover:text-red-600 dark:hover:bg-slate-800">
        ✕
      </button>
    </li>
  );
}
