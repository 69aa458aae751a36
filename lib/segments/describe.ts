import { translator, type Locale, type MessageKey, type Translate } from '../i18n';
import { SOURCE_METHODS, STAGES, STATUSES } from '../model';
import { foldText } from '../text/fold';
import { customKey, isCustomField, type FieldId } from './fields';
import type { Condition, Scalar, Segment, SegmentGroup } from './schema';
import { dateFormat } from '../i18n/date-format';

/** Names the sentence needs but the segment only references by id or key. */
export interface SegmentNames {
  groups?: Record<number, string>;
  /** Custom field key → label. */
  fields?: Record<string, string>;
}

interface Context {
  t: Translate;
  locale: Locale;
  names: SegmentNames;
}

/**
 * The segment read back as one sentence: "Contacts tagged salon-2025 in group
 * Clients whose status is Active". Pure, so it is unit-tested in both languages.
 */
export function describeSegment(segment: Segment, locale: Locale, names: SegmentNames = {}): string {
  const ctx: Context = { t: translator(locale), locale, names };
  const body = groupBody(segment, ctx);
  if (!body) return ctx.t('segments.say.all');
  return ctx.t('segments.say.contacts', { body: segment.negate ? ctx.t('segments.say.except', { body }) : body });
}

const meaningful = (child: Condition | SegmentGroup) => child.type === 'condition' || child.children.some(meaningful);

function groupBody(group: SegmentGroup, ctx: Context): string {
  const children = group.children.filter(meaningful);
  if (group.match === 'any') {
    const phrases = children.map((child) => {
      if (child.type === 'group') return nested(child, ctx);
      const phrase = conditionPhrase(child, ctx);
      return phrase.whose ? ctx.t('segments.say.whose', { clauses: phrase.text }) : phrase.text;
    });
    return list(phrases, ctx.locale, 'disjunction');
  }
  const plain: string[] = [];
  const whose: string[] = [];
  for (const child of children) {
    if (child.type === 'group') {
      plain.push(nested(child, ctx));
      continue;
    }
    const phrase = conditionPhrase(child, ctx);
    (phrase.whose ? whose : plain).push(phrase.text);
  }
  if (whose.length) plain.push(ctx.t('segments.say.whose', { clauses: list(whose, ctx.locale, 'conjunction') }));
  return plain.join(' ');
}

function nested(group: SegmentGroup, ctx: Context): string {
  const body = groupBody(group, ctx);
  const wrapped = group.children.filter(meaningful).length > 1 ? `(${body})` : body;
  return group.negate ? ctx.t('segments.say.except', { body: wrapped }) : wrapped;
}

function list(items: string[], locale: Locale, type: 'conjunction' | 'disjunction'): string {
  return new Intl.ListFormat(locale, { type, style: 'long' }).format(items);
}

function conditionPhrase(condition: Condition, ctx: Context): { whose: boolean; text: string } {
  const { field, op } = condition;
  const { t } = ctx;
  const value = (v: Scalar) => formatValue(field, v, ctx);
  const values = () => (Array.isArray(condition.value) ? condition.value : [condition.value as Scalar]);
  const one = () => list(values().map(value), ctx.locale, 'disjunction');

  if (field === 'tag' || field === 'group') {
    const keys: Partial<Record<Condition['op'], MessageKey>> =
      field === 'tag'
        ? { equals: 'segments.say.tagged', in: 'segments.say.tagged', notEquals: 'segments.say.notTagged', contains: 'segments.say.tagContains', startsWith: 'segments.say.tagStartsWith', isEmpty: 'segments.say.noTag', isNotEmpty: 'segments.say.someTag' }
        : { equals: 'segments.say.inGroup', in: 'segments.say.inGroup', notEquals: 'segments.say.notInGroup', isEmpty: 'segments.say.noGroup', isNotEmpty: 'segments.say.someGroup' };
    return { whose: false, text: t(keys[op] ?? 'segments.say.tagged', { value: one() }) };
  }
  if (field === 'archived') {
    return { whose: false, text: t(condition.value === true ? 'segments.say.archived' : 'segments.say.notArchived') };
  }
  const name = isCustomField(field)
    ? t('segments.say.field.custom', { label: ctx.names.fields?.[customKey(field)] ?? customKey(field) })
    : t(`segments.say.field.${field}` as MessageKey);
  const dated = field === 'createdAt' || field === 'updatedAt' || field === 'nextDueAt' || values().some((v) => typeof v === 'string' && ISO_DATE.test(v));
  const opKey: MessageKey =
    dated && op === 'gt' ? 'segments.say.op.after'
    : dated && op === 'lt' ? 'segments.say.op.before'
    : dated && op === 'between' ? 'segments.say.op.betweenDates'
    : (`segments.say.op.${op}` as MessageKey);
  const [low, high] = values();
  const params: Record<string, string> =
    op === 'between' ? { field: name, value: value(low!), value2: value(high!) } : { field: name, value: op === 'in' ? one() : value(low!) };
  return { whose: true, text: t(opKey, params) };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function canonical<T extends string>(domain: readonly T[], v: Scalar): T | undefined {
  return domain.find((item) => foldText(item) === foldText(String(v)).trim());
}

function formatValue(field: FieldId, v: Scalar, ctx: Context): string {
  const { t, locale } = ctx;
  if (field === 'status') {
    const status = canonical(STATUSES, v);
    return status ? t(`status.${status}`) : String(v);
  }
  if (field === 'stage') {
    const stage = canonical(STAGES, v);
    return stage ? t(`stage.${stage}`) : String(v);
  }
  if (field === 'sourceMethod') {
    const method = canonical(SOURCE_METHODS, v);
    return method ? t(`segments.method.${method}`) : String(v);
  }
  if (field === 'group') return ctx.names.groups?.[Number(v)] ?? `#${String(v)}`;
  if (typeof v === 'boolean') return t(v ? 'segments.value.yes' : 'segments.value.no');
  if ((field === 'createdAt' || field === 'updatedAt' || field === 'nextDueAt') && typeof v === 'number') {
    return dateFormat(locale, { dateStyle: 'medium' }).format(v);
  }
  if (typeof v === 'string' && ISO_DATE.test(v)) {
    return dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(`${v}T00:00:00Z`));
  }
  if (typeof v === 'number') return new Intl.NumberFormat(locale).format(v);
  return v;
}
