import { getDb } from '../db/database';
import type { ContactDraft, Stage, Status } from '../model';
import { deleteContacts, upsertByEmail } from './repository';

/** Sample contacts carry this tag and this source, so they are easy to spot and to remove together. */
export const SAMPLE_TAG = 'sample';
export const SAMPLE_WHERE = 'sample';

type Sample = [first: string, last: string, company: string, title: string, stage: Stage, status: Status, tag?: string];

// Reserved example.* domains: no real person can be reached through a sample.
const SAMPLES: Sample[] = [
  ['Camille', 'Lefèvre', 'Atelier Lumière', 'Directrice commerciale', 'Qualified', 'Active', 'salon-2025'],
  ['Thomas', 'Nguyen', 'Northwind Logistics', 'Head of Procurement', 'Proposal', 'Replied'],
  ['Élodie', 'Martin', 'Exemple SA', 'Responsable marketing', 'Lead', 'Active', 'salon-2025'],
  ['James', 'Carter', 'Contoso Analytics', 'VP Sales', 'Negotiation', 'Active', 'vip'],
  ['Sofia', 'Rossi', 'Fabrikam Design', 'Founder', 'Won', 'Replied', 'vip'],
  ['Hugo', 'Bernard', 'Verte Énergie', 'Acheteur', 'Lead', 'Bounced'],
  ['Aïcha', 'Diallo', 'Tailspin Travel', 'Operations Manager', 'Lost', 'Unsubscribed'],
  ['Lucas', 'Moreau', 'Cabinet Moreau & Fils', 'Associé', 'Qualified', 'Active'],
];

export function sampleDrafts(now = Date.now()): ContactDraft[] {
  return SAMPLES.map(([firstName, lastName, company, title, stage, status, tag], i) => ({
    email: `${firstName}.${lastName}`.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase() + `@example.${i % 2 ? 'com' : 'fr'}`,
    firstName,
    lastName,
    company,
    title,
    stage,
    status,
    tags: tag ? [SAMPLE_TAG, tag] : [SAMPLE_TAG],
    source: { method: 'manual', where: SAMPLE_WHERE, at: now },
  }));
}

/** Add the sample contacts (an existing contact with the same email is left alone). Returns how many were added. */
export async function loadSamples(): Promise<number> {
  let created = 0;
  for (const draft of sampleDrafts()) {
    const result = await upsertByEmail(draft, { policy: 'skip' });
    if (result.outcome === 'created') created += 1;
  }
  return created;
}

async function sampleIds(): Promise<number[]> {
  return (await getDb()
    .contacts.where('tags')
    .equals(SAMPLE_TAG)
    .filter((c) => c.source.method === 'manual' && c.source.where === SAMPLE_WHERE)
    .primaryKeys()) as number[];
}

/** Remove every sample contact, and nothing else (a user's own "sample" tag is kept). */
export async function removeSamples(): Promise<number> {
  return deleteContacts(await sampleIds());
}

export async function countSamples(): Promise<number> {
  return (await sampleIds()).length;
}
