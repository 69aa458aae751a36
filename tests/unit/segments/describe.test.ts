import { describe, expect, it } from 'vitest';
import { describeSegment } from '../../../lib/segments/describe';
import type { Condition, Segment } from '../../../lib/segments/schema';

const c = (field: Condition['field'], op: Condition['op'], value?: Condition['value']): Condition => ({ type: 'condition', field, op, value });
const names = { groups: { 4: 'Clients', 5: 'Partners' }, fields: { budget: 'Budget', renewal: 'Renewal' } };

describe('describeSegment', () => {
  const example: Segment = { type: 'group', match: 'all', children: [c('tag', 'equals', 'salon-2025'), c('group', 'equals', 4), c('status', 'equals', 'Active')] };

  it('reads the issue example back in English and French', () => {
    expect(describeSegment(example, 'en', names)).toBe('Contacts tagged salon-2025 in group Clients whose status is Active');
    expect(describeSegment(example, 'fr', names)).toBe('Contacts avec le tag salon-2025 dans le groupe Clients dont le statut est Actif');
  });

  it('says "all contacts" for a segment without conditions', () => {
    expect(describeSegment({ type: 'group', match: 'all', children: [{ type: 'group', match: 'any', children: [] }] }, 'en')).toBe('All contacts');
    expect(describeSegment({ type: 'group', match: 'any', children: [] }, 'fr')).toBe('Tous les contacts');
  });

  it('joins several "whose" clauses and reads an OR group in parentheses', () => {
    const segment: Segment = {
      type: 'group',
      match: 'all',
      children: [
        c('company', 'contains', 'acme'),
        c('custom:budget', 'gt', 1000),
        { type: 'group', match: 'any', children: [c('group', 'equals', 4), c('stage', 'in', ['Won', 'Negotiation'])] },
      ],
    };
    expect(describeSegment(segment, 'en', names)).toBe('Contacts (in group Clients or whose stage is Won or Negotiation) whose company contains acme and Budget is more than 1,000');
    expect(describeSegment(segment, 'fr', names)).toBe(
      'Contacts (dans le groupe Clients ou dont l’étape est Gagné ou Négociation) dont l’entreprise contient acme et le champ Budget est supérieur à 1 000'.replace(/’/g, "'").replace(' 000', '\u202f000'),
    );
  });

  it('reads negation and dates', () => {
    const segment: Segment = {
      type: 'group',
      match: 'any',
      negate: true,
      children: [c('tag', 'equals', 'VIP'), c('custom:renewal', 'lt', '2026-03-01'), c('archived', 'equals', true)],
    };
    expect(describeSegment(segment, 'en', names)).toBe('Contacts except those tagged VIP, whose Renewal is before Mar 1, 2026, or archived');
    expect(describeSegment(segment, 'fr', names)).toBe('Contacts sauf ceux avec le tag VIP, dont le champ Renewal est avant le 1 mars 2026 ou archivés');
  });

  it('falls back to the key or id when a name is unknown', () => {
    const segment: Segment = { type: 'group', match: 'all', children: [c('group', 'notEquals', 9), c('custom:gone', 'isEmpty')] };
    expect(describeSegment(segment, 'en')).toBe('Contacts not in group #9 whose gone is empty');
  });
});
