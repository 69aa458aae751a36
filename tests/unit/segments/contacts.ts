import type { Contact } from '../../../lib/model';
import type { Condition, Segment } from '../../../lib/segments/schema';

/** A segment every one of whose conditions must hold (field equals value). */
export function allEqual(...pairs: Array<[Condition['field'], Condition['value']]>): Segment {
  return { type: 'group', match: 'all', children: pairs.map(([field, value]) => ({ type: 'condition', field, op: 'equals', value })) };
}

/** A stored contact with sensible defaults, for matcher and query tests. */
export function contact(overrides: Partial<Contact> = {}): Contact {
  return {
    id: 1,
    email: 'jane@acme.com',
    firstName: 'Jane',
    lastName: 'Doe',
    company: 'Acme',
    title: 'VP Sales',
    customFields: {},
    tags: [],
    groupIds: [],
    stage: 'Lead',
    status: 'Active',
    archived: 0,
    source: { method: 'linkedin', where: 'https://www.linkedin.com/in/jane', at: 1 },
    consent: { basis: 'legitimate_interest', at: 1 },
    editedFields: [],
    searchWords: [],
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    lastActivityAt: 1_700_000_000_000,
    ...overrides,
  };
}
