/**
 * The fields a segment can test, and which operators make sense on each.
 * Custom fields are `custom:<key>`; their operators depend on the field's type,
 * which only the editor knows, so the schema accepts any operator on them.
 */
export const OPERATORS = ['equals', 'notEquals', 'contains', 'startsWith', 'isEmpty', 'isNotEmpty', 'gt', 'lt', 'between', 'in'] as const;
export type Operator = (typeof OPERATORS)[number];

export const BUILTIN_FIELDS = [
  'tag',
  'group',
  'status',
  'stage',
  'archived',
  'sourceMethod',
  'sourceFile',
  'sourceDomain',
  'search',
  'company',
  'title',
  'firstName',
  'lastName',
  'email',
  'phone',
  'linkedinUrl',
  'createdAt',
  'updatedAt',
  'nextDueAt',
] as const;
export type BuiltinField = (typeof BUILTIN_FIELDS)[number];
export type CustomFieldRef = `custom:${string}`;
export type FieldId = BuiltinField | CustomFieldRef;

/** What a field holds, which decides its operators and its value input. */
export type FieldKind = 'text' | 'tags' | 'groups' | 'choice' | 'flag' | 'moment' | 'words';

export const FIELD_KINDS: Record<BuiltinField, FieldKind> = {
  tag: 'tags',
  group: 'groups',
  status: 'choice',
  stage: 'choice',
  archived: 'flag',
  sourceMethod: 'choice',
  sourceFile: 'text',
  sourceDomain: 'text',
  // The manager's quick search: every word typed starts one of the contact's search words (lib/db/search-words.ts).
  search: 'words',
  company: 'text',
  title: 'text',
  firstName: 'text',
  lastName: 'text',
  email: 'text',
  phone: 'text',
  linkedinUrl: 'text',
  createdAt: 'moment',
  updatedAt: 'moment',
  /** The next step's due time (issue 19); indexed for live contacts that have one. */
  nextDueAt: 'moment',
};

const TEXT_OPS: Operator[] = ['equals', 'notEquals', 'contains', 'startsWith', 'isEmpty', 'isNotEmpty', 'in'];

export const KIND_OPERATORS: Record<FieldKind, Operator[]> = {
  text: TEXT_OPS,
  tags: ['equals', 'notEquals', 'in', 'contains', 'startsWith', 'isEmpty', 'isNotEmpty'],
  groups: ['equals', 'notEquals', 'in', 'isEmpty', 'isNotEmpty'],
  choice: ['equals', 'notEquals', 'in'],
  flag: ['equals'],
  moment: ['gt', 'lt', 'between'],
  words: ['startsWith'],
};

export function isCustomField(field: string): field is CustomFieldRef {
  return field.startsWith('custom:') && field.length > 'custom:'.length;
}

export function customKey(field: CustomFieldRef): string {
  return field.slice('custom:'.length);
}

export function isFieldId(field: string): field is FieldId {
  return (BUILTIN_FIELDS as readonly string[]).includes(field) || (isCustomField(field) && /^[a-z0-9_]{1,64}$/.test(customKey(field)));
}

/** Operators allowed on a field; every operator on a custom field. */
export function operatorsOf(field: FieldId): readonly Operator[] {
  return isCustomField(field) ? OPERATORS : KIND_OPERATORS[FIELD_KINDS[field]];
}

/** Operators that take no value. */
export const VALUELESS: readonly Operator[] = ['isEmpty', 'isNotEmpty'];

/** Operators that make sense on a custom field of a given type (the editor offers only these). */
export function customOperators(type: string): Operator[] {
  switch (type) {
    case 'number':
      return ['equals', 'notEquals', 'gt', 'lt', 'between', 'in', 'isEmpty', 'isNotEmpty'];
    case 'date':
      return ['equals', 'gt', 'lt', 'between', 'isEmpty', 'isNotEmpty'];
    case 'boolean':
      return ['equals', 'isEmpty', 'isNotEmpty'];
    case 'choice':
      return ['equals', 'notEquals', 'in', 'isEmpty', 'isNotEmpty'];
    default:
      return TEXT_OPS;
  }
}
