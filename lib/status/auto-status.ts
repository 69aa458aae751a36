import { HashBook } from '../contacts/hashes';
import { commit, runWrite, type Proposal } from '../contacts/pipeline';
import type { Status } from '../model';
import { getSettings } from '../settings/store';
import { sameThread, threadKey } from './thread-key';

export interface ThreadSignals {
  people: Array<{ email: string; role: 'sender' | 'recipient' }>;
  bounces: string[];
}

export interface AutoChange {
  contactId: number;
  email: string;
  from: Status;
  to: Status;
  historyId: number;
}

// Which statuses each automatic change may move a contact from. Unsubscribed
// and Blocked are the person's or the user's decision: never overridden.
const MOVABLE: Record<'Bounced' | 'Replied', readonly Status[]> = {
  Bounced: ['Active', 'Replied'],
  Replied: ['Active'],
};
const MAX_TARGETS = 250;

/**
 * A bounce naming a known contact sets Bounced; a message sent by a known
 * Active contact sets Replied. Each change is recorded in the contact's
 * history with the thread as origin, once per thread: a change the user
 * undid is not applied again when the thread is seen again.
 */
export async function applyThreadStatuses(thread: ThreadSignals, url: string, now = Date.now()): Promise<AutoChange[]> {
  if (!threadKey(url) || !(await getSettings()).autoStatusFromGmail) return [];
  const targets = new Map<string, 'Bounced' | 'Replied'>();
  for (const email of thread.bounces) targets.set(email, 'Bounced');
  for (const person of thread.people) if (person.role === 'sender' && !targets.has(person.email)) targets.set(person.email, 'Replied');
  const emails = [...targets.keys()].slice(0, MAX_TARGETS);
  if (!emails.length) return [];

  const hashes = new HashBook();
  return runWrite(async (db) => {
    const contacts = await db.contacts.where('email').anyOf(emails).toArray();
    const proposals: Proposal[] = [];
    for (const contact of contacts) {
      const to = targets.get(contact.email)!;
      if (!MOVABLE[to].includes(contact.status)) continue;
      const history = await db.history.where('[contactId+at]').between([contact.id, -Infinity], [contact.id, Infinity]).reverse().limit(200).toArray();
      if (history.some((entry) => entry.kind === 'status' && sameThread(entry.origin, url) && entry.changes?.status?.[1] === to)) continue;
      // A reply is the prospect's own activity (retention counts from it).
      const after = { ...contact, status: to, ...(to === 'Replied' ? { lastActivityAt: now } : {}) };
      proposals.push({ before: contact, after, kind: 'status', changes: { status: [contact.status, to] } });
    }
    const { written } = await commit(db, proposals, { hashes, origin: url, consent: 'keep-status', room: 'refuse', now });
    return written.map(({ proposal, contact, historyId }): AutoChange => ({ contactId: contact.id, email: contact.email, from: proposal.before!.status, to: contact.status, historyId: historyId! }));
  });
}
