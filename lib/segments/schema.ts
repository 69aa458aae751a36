import { z } from '../zod';
import { isFieldId, OPERATORS, operatorsOf, VALUELESS, type FieldId } from './fields';

const ScalarSchema = z.union([z.string().max(500), z.number().finite(), z.boolean()]);
export type Scalar = z.infer<typeof ScalarSchema>;

/** One test on one field: "company contains acme", "tag is salon-2025". */
export const ConditionSchema = z
  .object({
    type: z.literal('condition'),
    field: z.string().refine(isFieldId, 'unknown_field') as z.ZodType<FieldId>,
    op: z.enum(OPERATORS),
    value: z.union([ScalarSchema, z.array(ScalarSchema).max(200)]).optional(),
  })
  .superRefine((condition, ctx) => {
    const problem = conditionProblem(condition);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
export type Condition = z.infer<typeof ConditionSchema>;

export interface SegmentGroup {
  type: 'group';
  /** all = AND, any = OR. */
  match: 'all' | 'any';
  /** "none of these" (any + negate) or "not all of these" (all + negate). */
  negate?: boolean;
  children: Array<Condition | SegmentGroup>;
}

/** Root group plus nested groups: at most this many levels. */
export const MAX_DEPTH = 4;

export const SegmentGroupSchema: z.ZodType<SegmentGroup> = z.lazy(() =>
  z.object({
    type: z.literal('group'),
    match: z.enum(['all', 'any']),
    negate: z.boolean().optional(),
    children: z.array(z.union([ConditionSchema, SegmentGroupSchema])).max(50),
  }),
);

/** A segment's criteria: one root group. */
export const SegmentSchema = SegmentGroupSchema.refine((group) => depthOf(group) <= MAX_DEPTH, 'too_deep');
export type Segment = SegmentGroup;

export function depthOf(group: SegmentGroup): number {
  return 1 + Math.max(0, ...group.children.map((child) => (child.type === 'group' ? depthOf(child) : 0)));
}

/** Why a condition's operator or value does not fit its field, or null. */
export function conditionProblem(condition: { field: FieldId; op: (typeof OPERATORS)[number]; value?: unknown }): string | null {
  const { field, op, value } = condition;
  if (!isFieldId(field)) return 'unknown_field';
  if (!operatorsOf(field).includes(op)) return 'operator_not_allowed';
  if (VALUELESS.includes(op)) return value === undefined ? null : 'value_not_expected';
  if (op === 'between') {
    if (!Array.isArray(value) || value.length !== 2) return 'between_needs_two';
    return typeof value[0] === typeof value[1] && typeof value[0] !== 'boolean' ? null : 'between_mixed';
  }
  if (op === 'in') return Array.isArray(value) && value.length > 0 ? null : 'list_needed';
  if (value === undefined || Array.isArray(value)) return 'value_needed';
  if ((op === 'contains' || op === 'startsWith') && typeof value !== 'string') return 'text_needed';
  if ((op === 'gt' || op === 'lt') && typeof value === 'boolean') return 'comparable_needed';
  return null;
}

/** The segment that matches every contact (a new, empty segment). */
export function emptySegment(): Segment {
  return { type: 'group', match: 'all', children: [] };
}

/** Read stored criteria; anything unreadable becomes null rather than a crash. */
export function parseSegment(criteria: unknown): Segment | null {
  const parsed = SegmentSchema.safeParse(criteria);
  return parsed.success ? parsed.data : null;
}
