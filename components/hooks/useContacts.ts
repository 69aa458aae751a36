import { useEffect, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { usageOf } from '../../lib/contacts/plan';
import { firstPaintUsage, forgetFirstPaint } from '../../lib/first-paint/plan-usage';
import type { ArchivedScope } from '../../lib/contacts/counts';
import type { Contact, Plan } from '../../lib/model';
import {
  archivedContactsPage,
  contactById,
  contactsWithEmails,
  countContacts,
  countInGroup,
  countWithTag,
  historyOfContact,
  refusalOfSave,
  searchContacts,
} from '../../lib/service/read-contacts';
import { findByEmail, findByLinkedinUrl, recentContacts } from '../../lib/contacts/repository';
import { allPending, countPending, isPending } from '../../lib/service/read-catalog';
import { pendingProfiles } from '../../lib/contacts/pending';

/** Named live reads of contacts: components read the base only through hooks like these. */

/** The contact with this id, live: null while loading, undefined when there is none. */
export function useContact(id: number | undefined): Contact | undefined | null {
  return useLiveQuery(() => (id === undefined ? undefined : contactById(id)), [id], null);
}

/** The stored contacts among these emails, by email. */
export function useContactsByEmail(emails: string[]): Map<string, Contact> | undefined {
  return useLiveQuery(async () => new Map((await contactsWithEmails(emails)).map((c) => [c.email, c])), [emails.join(',')]);
}

export function useContactHistory(contactId: number, limit?: number) {
  return useLiveQuery(() => historyOfContact(contactId, limit), [contactId, limit]);
}

/** The popup's list: the quick search's matches when searching, else the latest contacts. */
export function useContactList(query: string, searching: boolean, recent: number): Contact[] | undefined {
  return useLiveQuery(() => (searching ? searchContacts(query) : recentContacts(recent)), [query, searching, recent]);
}

export function useRecentContacts(limit: number): Contact[] | undefined {
  return useLiveQuery(() => recentContacts(limit), [limit]);
}

/** Contacts in that archived scope, from the maintained counters. */
export function useContactCount(archived: ArchivedScope): number | undefined {
  return useLiveQuery(() => countContacts(archived), [archived]);
}

export function useGroupCount(groupId: number): number | undefined {
  return useLiveQuery(() => countInGroup(groupId), [groupId]);
}

export function useTagCount(tag: string): number | undefined {
  return useLiveQuery(() => countWithTag(tag), [tag]);
}

/**
 * The plan's usage (nothing until the plan is known). The plan comes from the
 * page's shared settings and the count is read at once, not once the plan is
 * known: the two arrive together, instead of a render and a read apart. A
 * capture re-reads only the counter.
 */
export function usePlanUsage(plan: Plan | undefined) {
  const used = useLiveQuery(() => countContacts(0), []);
  const live = plan !== undefined && used !== undefined;
  // Until then, what the popup's first paint showed (components/popup/firstPaint.ts): the same text, no flicker.
  useEffect(() => {
    if (live) forgetFirstPaint();
  }, [live]);
  return useMemo(() => (live ? usageOf(plan, used) : firstPaintUsage()), [live, plan, used]);
}

/** Why saving this email would be refused (null: it would not); undefined while loading. */
export function useSaveRefusal(email: string, plan: Plan | undefined) {
  return useLiveQuery(async () => (plan ? ((await refusalOfSave(email, plan)) ?? null) : null), [email, plan]);
}

export function useArchivedContacts(page: number, size: number) {
  return useLiveQuery(() => archivedContactsPage(page, size), [page, size]);
}

/** How many people wait in To complete. */
export function usePendingCount(): number | undefined {
  return useLiveQuery(() => countPending(), []);
}


/** Everyone in To complete; undefined while loading. */
export function usePendingRows() {
  return useLiveQuery(() => allPending(), []);
}

/** The latest people in To complete. */
export function usePendingProfiles(limit: number) {
  return useLiveQuery(() => pendingProfiles(limit), [limit]);
}

/** Whether a profile on the page is known: as a contact (by profile URL, then email) and in To complete. `question` keys the answer. */
export function useKnownProfile(question: string, profile: { linkedinUrl?: string; email?: string } | null | undefined, key: string | undefined) {
  return useLiveQuery(async () => {
    if (!profile) return { question, known: null, pending: false };
    const byUrl = profile.linkedinUrl ? await findByLinkedinUrl(profile.linkedinUrl) : undefined;
    const known = byUrl ?? (profile.email ? await findByEmail(profile.email) : undefined) ?? null;
    const pending = key ? await isPending(key) : false;
    return { question, known, pending };
  }, [question]);
}
