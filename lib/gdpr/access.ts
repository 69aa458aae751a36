import { getDb } from '../db/database';
import type { Contact, HistoryEntry, Note, Suppression } from '../model';
import { emailHash } from './hash';

/** Everything this tool holds about one person, for a GDPR access request (Art. 15). */
export interface ContactDossier {
  generatedAt: number;
  contact: Contact;
  groups: Array<{ id: number; name: string }>;
  /** Custom field key → its label, so the reader understands customFields. */
  customFieldLabels: Record<string, string>;
  /** Complete history, oldest first. */
  history: HistoryEntry[];
  /** Every note on them, oldest first (their text, when written and last edited). */
  notes: Array<Pick<Note, 'text' | 'createdAt' | 'updatedAt'>>;
  suppression?: Suppression;
}

export async function contactDossier(id: number, now = Date.now()): Promise<ContactDossier | undefined> {
  const db = getDb();
  const contact = await db.contacts.get(id);
  if (!contact) return undefined;
  const hash = await emailHash(contact.email);
  return db.transaction('r', [db.groups, db.fieldDefs, db.history, db.suppression, db.notes], async () => {
    const groups = (await db.groups.bulkGet(contact.groupIds)).filter((g) => !!g).map((g) => ({ id: g.id, name: g.name }));
    const defs = await db.fieldDefs.bulkGet(Object.keys(contact.customFields));
    const customFieldLabels = Object.fromEntries(defs.filter((d) => !!d).map((d) => [d.key, d.label]));
    const history = await db.history.where('[contactId+at]').between([id, -Infinity], [id, Infinity]).toArray();
    const notes = (await db.notes.where('[contactId+createdAt]').between([id, -Infinity], [id, Infinity]).toArray()).map(({ text, createdAt, updatedAt }) => ({ text, createdAt, updatedAt }));
    const suppression = await db.suppression.get(hash);
    return { generatedAt: now, contact, groups, customFieldLabels, history, notes, ...(suppression ? { suppression } : {}) };
  });
}

export function dossierFileName(dossier: ContactDossier): string {
  const safe = dossier.contact.email.replace(/[^a-z0-9@._-]/gi, '_');
  return `access-request-${safe}-${new Date(dossier.generatedAt).toISOString().slice(0, 10)}.json`;
}
