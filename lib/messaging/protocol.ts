import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageReport } from '../capture/profile';
import type { UpsertResult } from '../contacts/repository';
import type { Contact, ContactDraft, ContactPatch, Settings, Status } from '../model';

/** One summary of a stored contact, enough for "already in your contacts". */
export interface ContactSummary {
  id: number;
  email: string;
  firstName?: string;
  lastName?: string;
  company?: string;
  title?: string;
  stage: Contact['stage'];
  status: Contact['status'];
}

/**
 * Every message the background answers. Each has a zod schema and a sender
 * rule in ./rules.ts; the types of both are checked against this map.
 */
export interface ProtocolMap {
  // From content scripts (and extension pages).
  reportPage(data: PageReport): void;
  captureContact(data: ContactDraft): UpsertResult;
  lookupContact(data: { email?: string; linkedinUrl?: string }): ContactSummary | null;
  // From extension pages only.
  createContact(data: ContactDraft): UpsertResult;
  updateContact(data: { id: number; patch: ContactPatch }): Contact;
  deleteContacts(data: { ids: number[] }): number;
  saveSettings(data: Partial<Settings>): Settings;
  // Statuses, GDPR and data quality (lib/contacts/status.ts, lib/gdpr, lib/quality).
  changeStatus(data: { id: number; status: Status; newConsent?: { note?: string } }): Contact;
  archiveContacts(data: { ids: number[] }): { changed: number };
  unarchiveContacts(data: { ids: number[] }): { changed: number };
  eraseContacts(data: { ids: number[] }): number;
  liftSuppression(data: { email: string; consentConfirmed: true; note: string }): void;
  cleanBounces(data: { action: 'archive' | 'delete' }): number;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>({
  logger: undefined,
});
