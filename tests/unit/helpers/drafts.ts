import type { ContactDraft } from '../../../lib/model';

export function draft(overrides: Partial<ContactDraft> = {}): ContactDraft {
  return {
    email: 'jane.doe@acme.com',
    firstName: 'Jane',
    lastName: 'Doe',
    company: 'Acme',
    title: 'VP Sales',
    source: { method: 'linkedin', where: 'https://www.linkedin.com/in/jane-doe', at: 1_700_000_000_000 },
    ...overrides,
  };
}
