import { defineExtensionMessaging } from '@webext-core/messaging';
import type { EditBase } from '../contacts/edit';
import type { CapturedProfile, PageReport } from '../capture/profile';
import type { PendingProfile, SegmentRow } from '../db/database';
import type { UpsertResult } from '../contacts/repository';
import type { UndoResult } from '../status/undo';
import type { BulkOp } from '../contacts/bulk';
import type { Contact, ContactDraft, ContactPatch, Group, Settings, CustomFieldDef, Status } from '../model';
import type { FieldDefInput } from '../customFields/defs';
import type { SegmentInput } from '../segments/store';
import type { ListReport } from '../capture/linkedin-list';
import type { PendingBatchInput } from '../capture/list-schema';
import type { PendingBatchResult } from '../contacts/pending-batch';
import type { Note } from '../model/note';
import type { UndoOutcome } from '../contacts/undo';

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
  // From content scripts only.
  reportPage(data: PageReport): void;
  // From extension pages only, like every message below.
  captureContact(data: ContactDraft): UpsertResult;
  lookupContact(data: { email?: string; linkedinUrl?: string }): ContactSummary | null;
  // From extension pages only.
  createContact(data: ContactDraft): UpsertResult;
  /** `base`: the version the edit started from (a stale edit applies only its own fields); `newConsent`: reopening an unsubscribe. */
  updateContact(data: { id: number; patch: ContactPatch; base?: EditBase; newConsent?: { note?: string } }): Contact;
  /** `undo`: the token of the undo toast (lib/contacts/undo.ts). */
  deleteContacts(data: { ids: number[] }): { deleted: number; undo?: string };
  saveSettings(data: Partial<Settings>): Settings;
  // "To complete": LinkedIn profiles saved without an email (extension pages only).
  savePending(data: { profile: CapturedProfile; sourceUrl: string; method: PendingProfile['method'] }): PendingProfile;
  completePending(data: { linkedinUrl: string; email: string }): UpsertResult;
  removePending(data: { linkedinUrl: string }): boolean;
  undoAutoStatus(data: { historyId: number }): UndoResult;
  // The manager (extension pages only): bulk actions, groups, tags, samples.
  bulkUpdateContacts(data: { ids: number[]; op: BulkOp }): { changed: number; needConsent: number; undo?: string };
  createGroup(data: { name: string; color: string }): Group;
  updateGroup(data: { id: number; name?: string; color?: string }): Group;
  deleteGroup(data: { id: number }): number;
  renameTag(data: { from: string; to: string }): number;
  loadSampleContacts(data: Record<string, never>): number;
  removeSampleContacts(data: Record<string, never>): number;
  /** A card moved on the pipeline board: the stage changes and the move enters the history. */
  moveContactStage(data: { id: number; stage: Contact['stage'] }): Contact;
  // Custom fields and segments (extension pages only).
  saveFieldDef(data: FieldDefInput): CustomFieldDef;
  deleteFieldDef(data: { key: string }): { removedValues: number };
  saveSegment(data: SegmentInput): SegmentRow;
  deleteSegment(data: { id: number }): number;
  // Statuses, GDPR and data quality (lib/contacts/status.ts, lib/gdpr, lib/quality).
  changeStatus(data: { id: number; status: Status; newConsent?: { note?: string } }): Contact;
  archiveContacts(data: { ids: number[] }): { changed: number };
  unarchiveContacts(data: { ids: number[] }): { changed: number };
  eraseContacts(data: { ids: number[] }): number;
  liftSuppression(data: { email: string; consentConfirmed: true; note: string }): void;
  cleanBounces(data: { action: 'archive' | 'delete' }): number;
  // LinkedIn list pages: the people a list shows (content script), saved in one batch to To complete (pages only).
  reportList(data: ListReport): void;
  savePendingBatch(data: PendingBatchInput): PendingBatchResult;
  // Notes on a contact (extension pages only; lib/notes). The next step is a contact field: updateContact.
  addNote(data: { contactId: number; text: string }): Note;
  editNote(data: { id: number; text: string }): Note;
  deleteNote(data: { id: number }): boolean;
  /** The undo toast of a bulk action or a delete: puts back what it replaced, through the write pipeline. */
  undoAction(data: { token: string }): UndoOutcome;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>({
  logger: undefined,
});
