import { useId, useState } from 'react';
import { SOURCE_METHODS, STAGES, STATUSES, type CustomFieldDef } from '../../lib/model';
import { customKey, isCustomField } from '../../lib/segments/fields';
import { endOfDay, localDate, startOfDay } from '../../lib/segments/draft';
import type { Condition, Scalar } from '../../lib/segments/schema';
import { useT } from '../i18n';
import { Select } from '../ui/Select';
import type { SegmentData } from './useSegmentData';

type Option = { value: Scalar; label: string };
type Shape =
  | { kind: 'none' }
  | { kind: 'text' | 'textList'; numeric?: boolean; suggestions?: string[] }
  | { kind: 'number' | 'numberPair' | 'isoDate' | 'isoDatePair' | 'day' | 'dayPair' | 'yesNo' }
  | { kind: 'pick' | 'pickMany'; options: Option[] };

export const FIELD_INPUT =
  'rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 aria-[invalid=true]:border-red-500 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';

function parseList(text: string, numeric?: boolean): Scalar[] {
  const items = text.split(',').map((s) => s.trim()).filter(Boolean);
  return numeric ? items.map(Number).filter(Number.isFinite) : items;
}

function useShape(condition: Condition, data: SegmentData): Shape {
  const t = useT();
  const { field, op } = condition;
  if (op === 'isEmpty' || op === 'isNotEmpty') return { kind: 'none' };
  const many = op === 'in';
  const pick = (options: Option[]): Shape => ({ kind: many ? 'pickMany' : 'pick', options });
  if (isCustomField(field)) {
    const def: CustomFieldDef | undefined = data.defs.find((d) => d.key === customKey(field));
    switch (def?.type) {
      case 'number':
        return op === 'between' ? { kind: 'numberPair' } : many ? { kind: 'textList', numeric: true } : { kind: 'number' };
      case 'date':
        return op === 'between' ? { kind: 'isoDatePair' } : { kind: 'isoDate' };
      case 'boolean':
        return { kind: 'yesNo' };
      case 'choice':
        return pick((def.options ?? []).map((o) => ({ value: o, label: o })));
      default:
        return { kind: many ? 'textList' : 'text' };
    }
  }
  switch (field) {
    case 'tag':
      return { kind: many ? 'textList' : 'text', suggestions: op === 'equals' || op === 'notEquals' || many ? data.tags : undefined };
    case 'group':
      return pick(data.groups.map((g) => ({ value: g.id, label: g.name })));
    case 'status':
      return pick(STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })));
    case 'stage':
      return pick(STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) })));
    case 'sourceMethod':
      return pick(SOURCE_METHODS.map((m) => ({ value: m, label: t(`segments.method.${m}`) })));
    case 'archived':
      return { kind: 'yesNo' };
    case 'createdAt':
    case 'updatedAt':
    case 'nextDueAt':
      return { kind: op === 'between' ? 'dayPair' : 'day' };
    default:
      return { kind: many ? 'textList' : 'text' };
  }
}

interface Props {
  condition: Condition;
  data: SegmentData;
  invalid: boolean;
  onChange: (value: Condition['value']) => void;
}

/** The value part of a condition, shaped by its field and test. */
export function ValueInput({ condition, data, invalid, onChange }: Props) {
  const t = useT();
  const shape = useShape(condition, data);
  const id = useId();
  const { value, op } = condition;
  const [listText, setListText] = useState(Array.isArray(value) ? value.join(', ') : '');
  // Rows are keyed by position: when the row above is removed, show this row's own list.
  const listValue = Array.isArray(value) ? value.join(', ') : '';
  if (shape.kind === 'textList' && parseList(listText, shape.numeric).join(', ') !== listValue) setListText(listValue);
  const label = t('segments.value');
  const common = { 'aria-invalid': invalid || undefined, className: FIELD_INPUT } as const;
  const pair = Array.isArray(value) ? value : [];

  switch (shape.kind) {
    case 'none':
      return null;
    case 'text':
      return (
        <>
          <input {...common} aria-label={label} list={shape.suggestions ? `${id}-list` : undefined} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value.trim() ? e.target.value : undefined)} />
          {shape.suggestions && (
            <datalist id={`${id}-list`}>
              {shape.suggestions.map((s) => <option key={s} value={s} />)}
            </datalist>
          )}
        </>
      );
    case 'textList':
      return (
        <input
          {...common}
          aria-label={label}
          title={t('segments.listHint')}
          placeholder={t('segments.listHint')}
          value={listText}
          onChange={(e) => {
            setListText(e.target.value);
            const parsed = parseList(e.target.value, shape.numeric);
            onChange(parsed.length ? parsed : undefined);
          }}
        />
      );
    case 'number':
      return <input {...common} aria-label={label} type="number" value={typeof value === 'number' ? value : ''} onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))} />;
    case 'numberPair':
    case 'isoDatePair':
    case 'dayPair': {
      const read = (v: Scalar | undefined) => (v === undefined ? '' : shape.kind === 'dayPair' ? localDate(Number(v)) : String(v));
      const write = (raw: string, index: 0 | 1): Scalar | undefined => {
        if (raw === '') return undefined;
        if (shape.kind === 'numberPair') return Number(raw);
        if (shape.kind === 'dayPair') return index === 0 ? startOfDay(raw) : endOfDay(raw);
        return raw;
      };
      const type = shape.kind === 'numberPair' ? 'number' : 'date';
      const set = (index: 0 | 1, raw: string) => {
        const next = [pair[0], pair[1]] as Array<Scalar | undefined>;
        next[index] = write(raw, index);
        onChange(next[0] === undefined && next[1] === undefined ? undefined : (next as Scalar[]));
      };
      return (
        <span className="flex items-center gap-1">
          <input {...common} type={type} aria-label={label} value={read(pair[0])} onChange={(e) => set(0, e.target.value)} />
          <span>{t('segments.valueTo')}</span>
          <input {...common} type={type} aria-label={`${label} (${t('segments.valueTo')})`} value={read(pair[1])} onChange={(e) => set(1, e.target.value)} />
        </span>
      );
    }
    case 'isoDate':
      return <input {...common} type="date" aria-label={label} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value || undefined)} />;
    case 'day':
      return (
        <input
          {...common}
          type="date"
          aria-label={label}
          value={typeof value === 'number' ? localDate(value) : ''}
          onChange={(e) => onChange(e.target.value ? (op === 'gt' ? endOfDay(e.target.value) : startOfDay(e.target.value)) : undefined)}
        />
      );
    case 'yesNo':
      return (
        <Select
          label={label}
          hideLabel
          className="w-auto"
          aria-invalid={invalid || undefined}
          value={value === true ? 'yes' : value === false ? 'no' : ''}
          onChange={(picked) => onChange(picked === '' ? undefined : picked === 'yes')}
          options={[{ value: '', label: t('segments.pick') }, { value: 'yes', label: t('segments.value.yes') }, { value: 'no', label: t('segments.value.no') }]}
        />
      );
    case 'pick':
      return (
        <Select
          label={label}
          hideLabel
          className="w-auto"
          aria-invalid={invalid || undefined}
          value={value === undefined ? '' : String(value)}
          onChange={(picked) => onChange(shape.options.find((o) => String(o.value) === picked)?.value)}
          options={[{ value: '', label: t('segments.pick') }, ...shape.options.map((o) => ({ value: String(o.value), label: o.label }))]}
        />
      );
    case 'pickMany': {
      const chosen = Array.isArray(value) ? value : [];
      return (
        <fieldset aria-invalid={invalid || undefined} className="flex flex-wrap gap-x-3 gap-y-1 rounded border border-slate-200 px-2 py-1 text-sm aria-[invalid=true]:border-red-500 dark:border-slate-700">
          <legend className="sr-only">{label}</legend>
          {shape.options.map((o) => (
            <label key={String(o.value)} className="flex items-center gap-1">
              <input
                type="checkbox"
                checked={chosen.includes(o.value)}
                onChange={(e) => {
                  const next = e.target.checked ? [...chosen, o.value] : chosen.filter((v) => v !== o.value);
                  onChange(next.length ? next : undefined);
                }}
              />
              {o.label}
            </label>
          ))}
        </fieldset>
      );
    }
  }
}
