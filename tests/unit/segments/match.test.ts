import { describe, expect, it } from 'vitest';
import { matchesSegment } from '../../../lib/segments/match';
import { parseSegment, type Condition, type Segment } from '../../../lib/segments/schema';
import { contact } from './contacts';

const all = (...children: Segment['children']): Segment => ({ type: 'group', match: 'all', children });
const any = (...children: Segment['children']): Segment => ({ type: 'group', match: 'any', children });
const c = (field: Condition['field'], op: Condition['op'], value?: Condition['value']): Condition => ({ type: 'condition', field, op, value });

describe('matchesSegment', () => {
  const jane = contact({
    tags: ['salon-2025', 'VIP'],
    groupIds: [3],
    company: 'Société Générale',
    customFields: { budget: 1200, renewal: '2026-03-01', vip: true, plan: 'Gold' },
    source: { method: 'import', where: 'salon.csv', at: 1 },
  });

  it.each<[string, Segment, boolean]>([
    ['an empty segment matches everyone', all(), true],
    ['has the tag', all(c('tag', 'equals', 'salon-2025')), true],
    ['tags are exact', all(c('tag', 'equals', 'Salon-2025')), false],
    ['lacks the tag', all(c('tag', 'notEquals', 'salon-2025')), false],
    ['a tag containing, folded', all(c('tag', 'contains', 'vi')), true],
    ['in group', all(c('group', 'equals', 3)), true],
    ['in one of the groups', all(c('group', 'in', [1, 2])), false],
    ['no group', all(c('group', 'isEmpty')), false],
    ['status is, case and accents ignored', all(c('status', 'equals', 'active')), true],
    ['status in a list', all(c('status', 'in', ['Replied', 'Bounced'])), false],
    ['not archived', all(c('archived', 'equals', false)), true],
    ['company equals ignoring accents', all(c('company', 'equals', 'societe generale')), true],
    ['company starts with', all(c('company', 'startsWith', 'Soc')), true],
    ['company not equals', all(c('company', 'notEquals', 'Acme')), true],
    ['phone is empty', all(c('phone', 'isEmpty')), true],
    ['source file', all(c('sourceFile', 'equals', 'salon.csv')), true],
    ['no domain for an import', all(c('sourceDomain', 'isEmpty')), true],
    ['custom number greater than', all(c('custom:budget', 'gt', 1000)), true],
    ['custom number between', all(c('custom:budget', 'between', [0, 1000])), false],
    ['custom date before', all(c('custom:renewal', 'lt', '2026-04-01')), true],
    ['custom yes/no', all(c('custom:vip', 'equals', true)), true],
    ['custom choice in', all(c('custom:plan', 'in', ['gold', 'silver'])), true],
    ['missing custom field is empty', all(c('custom:other', 'isEmpty')), true],
    ['missing custom field never greater', all(c('custom:other', 'gt', 0)), false],
    ['created after', all(c('createdAt', 'gt', 1_600_000_000_000)), true],
    ['AND needs every condition', all(c('tag', 'equals', 'VIP'), c('group', 'equals', 4)), false],
    ['OR needs one', any(c('tag', 'equals', 'nope'), c('group', 'equals', 3)), true],
    ['nested OR inside AND', all(c('tag', 'equals', 'VIP'), any(c('stage', 'equals', 'Won'), c('status', 'equals', 'Active'))), true],
    ['negated group', { ...any(c('tag', 'equals', 'VIP')), negate: true }, false],
    ['an empty nested group imposes nothing', all(c('tag', 'equals', 'VIP'), any()), true],
  ])('%s', (_, segment, expected) => {
    expect(parseSegment(segment), 'segment is valid').not.toBeNull();
    expect(matchesSegment(jane, segment)).toBe(expected);
  });

  it('reads the URL domain of a captured contact without www', () => {
    const captured = contact({ source: { method: 'page', where: 'https://www.example.org/team', at: 1 } });
    expect(matchesSegment(captured, all(c('sourceDomain', 'equals', 'example.org')))).toBe(true);
  });
});

describe('segment schema', () => {
  it.each<[string, unknown]>([
    ['an operator the field does not have', all(c('status', 'contains', 'Act'))],
    ['a list operator without a list', all(c('tag', 'in', 'x'))],
    ['between with one bound', all(c('createdAt', 'between', [1]))],
    ['is empty with a value', all(c('company', 'isEmpty', 'x'))],
    ['an unknown field', all(c('salary' as never, 'equals', 1))],
    ['a custom key with bad characters', all(c('custom:Bad Key' as never, 'equals', 1))],
    ['five levels of groups', all(all(all(all(all()))))],
  ])('refuses %s', (_, criteria) => {
    expect(parseSegment(criteria)).toBeNull();
  });
});
