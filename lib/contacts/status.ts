import type { Collection, InsertType } from 'dexie';
import type { FluenzrDatabase } from '../db/database';
import type { Contact, Status } from '../model';

/**
 * The seed's statuses: Active = available for campaigns; Unsubscribed = clicked
 * the unsubscribe link; Bounced = invalid email; Replied = answered a campaign;
 * Blocked = blocked by hand. Only Active contacts may receive a campaign.
 */
export const CAMPAIGN_STATUSES: readonly Status[] = ['Active'];

export function isAvailableForCampaigns(contact: Pick<Contact, 'status' | 'archived'>): boolean {
  return contact.archived === 0 && CAMPAIGN_STATUSES.includes(contact.status);
}

/**
 * Statuses that would let campaigns reach the person again: moving an
 * Unsubscribed contact to one of them needs a fresh, recorded consent.
 */
const REOPENING: readonly Status[] = ['Active', 'Replied'];

export function needsNewConsent(from: Status, to: Status): boolean {
  return from === 'Unsubscribed' && REOPENING.includes(to);
}

export interface ExportScope {
  /** Default false: archived contacts stay out of exports. */
  includeArchived?: boolean;
  /** Default true for a campaign export: only Active contacts. */
  onlyAvailable?: boolean;
}

/**
 * The contacts an export covers, straight from an index (never a full scan
 * filtered in memory): [archived+status] for campaign exports, archived otherwise.
 */
export function exportCollection(db: FluenzrDatabase, scope: ExportScope = {}): Collection<Contact, number, InsertType<Contact, 'id'>> {
  const { includeArchived = false, onlyAvailable = true } = scope;
  if (onlyAvailable) {
    const keys = CAMPAIGN_STATUSES.flatMap((status) => (includeArchived ? [[0, status], [1, status]] : [[0, status]]));
    return db.contacts.where('[archived+status]').anyOf(keys);
  }
  return includeArchived ? db.contacts.toCollection() : db.contacts.where('archived').equals(0);
}
