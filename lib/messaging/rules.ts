import { z } from 'zod';
import { EditBaseSchema } from '../contacts/edit';
import { CapturedProfileSchema, PageReportSchema } from '../capture/profile-schema';
import { ContactDraftSchema, ContactPatchSchema, EmailSchema, SettingsSchema, StageSchema, StatusSchema } from '../model';
import type { ProtocolMap } from './protocol';
import { BulkRequestSchema } from '../contacts/bulk';
import { GroupInputSchema, GroupPatchSchema } from '../contacts/groups';
import { RenameTagSchema } from '../contacts/tags';
import { FieldDefInputSchema } from '../customFields/defs';
import { SegmentInputSchema } from '../segments/store';
import { ListReportSchema, PendingBatchSchema } from '../capture/list-schema';
import { NOTE_LIMITS } from '../model/note';
import { UndoTokenSchema } from '../contacts/undo';

export type SenderKind = 'extension' | 'content';

interface Rule {
  /** Who may send it: content scripts may only report their page. */
  from: readonly SenderKind[];
  input: z.ZodType;
}

const NewConsentSchema = z.object({ note: z.string().max(500).optional() });

const pagesOnly = ['extension'] as const;
const idList = z.object({ ids: z.array(z.number().int().positive()).max(200_000) });

export const MESSAGE_RULES = {
  reportPage: { from: ['content'], input: PageReportSchema },
  // Extension pages only: a compromised LinkedIn or Gmail page drives its
  // content script, which must not read the base or write a contact. Gmail's
  // "Save" of the people the user picked runs in the popup and side panel.
  captureContact: { from: pagesOnly, input: ContactDraftSchema },
  lookupContact: {
    from: pagesOnly,
    input: z
      .object({ email: z.string().max(254).optional(), linkedinUrl: z.string().max(2048).optional() })
      .refine((q) => q.email || q.linkedinUrl, 'email_or_url_required'),
  },
  createContact: { from: pagesOnly, input: ContactDraftSchema },
  updateContact: {
    from: pagesOnly,
    input: z.object({ id: z.number().int().positive(), patch: ContactPatchSchema, base: EditBaseSchema.optional(), newConsent: NewConsentSchema.optional() }),
  },
  deleteContacts: { from: pagesOnly, input: z.object({ ids: z.array(z.number().int().positive()).max(200_000) }) },
  saveSettings: { from: pagesOnly, input: SettingsSchema.partial().strict() },
  savePending: {
    from: pagesOnly,
    input: z.object({ profile: CapturedProfileSchema, sourceUrl: z.string().max(4096), method: z.enum(['linkedin', 'salesnav']) }),
  },
  completePending: { from: pagesOnly, input: z.object({ linkedinUrl: z.string().min(1).max(2048), email: EmailSchema }) },
  removePending: { from: pagesOnly, input: z.object({ linkedinUrl: z.string().min(1).max(2048) }) },
  undoAutoStatus: { from: pagesOnly, input: z.object({ historyId: z.number().int().positive() }) },
  bulkUpdateContacts: { from: pagesOnly, input: BulkRequestSchema },
  createGroup: { from: pagesOnly, input: GroupInputSchema },
  updateGroup: { from: pagesOnly, input: GroupPatchSchema },
  deleteGroup: { from: pagesOnly, input: z.object({ id: z.number().int().positive() }) },
  renameTag: { from: pagesOnly, input: RenameTagSchema },
  loadSampleContacts: { from: pagesOnly, input: z.object({}).strict() },
  removeSampleContacts: { from: pagesOnly, input: z.object({}).strict() },
  moveContactStage: { from: pagesOnly, input: z.object({ id: z.number().int().positive(), stage: StageSchema }) },
  saveFieldDef: { from: pagesOnly, input: FieldDefInputSchema },
  deleteFieldDef: { from: pagesOnly, input: z.object({ key: z.string().regex(/^[a-z0-9_]{1,64}$/) }) },
  saveSegment: { from: pagesOnly, input: SegmentInputSchema },
  deleteSegment: { from: pagesOnly, input: z.object({ id: z.number().int().positive() }) },
  changeStatus: {
    from: pagesOnly,
    input: z.object({ id: z.number().int().positive(), status: StatusSchema, newConsent: NewConsentSchema.optional() }),
  },
  archiveContacts: { from: pagesOnly, input: idList },
  unarchiveContacts: { from: pagesOnly, input: idList },
  eraseContacts: { from: pagesOnly, input: idList },
  liftSuppression: {
    from: pagesOnly,
    input: z.object({ email: z.string().max(254), consentConfirmed: z.literal(true), note: z.string().trim().min(1).max(500) }),
  },
  cleanBounces: { from: pagesOnly, input: z.object({ action: z.enum(['archive', 'delete']) }) },
  reportList: { from: ['content'], input: ListReportSchema },
  savePendingBatch: { from: pagesOnly, input: PendingBatchSchema },
  // The text is cleaned and checked again by lib/notes; here only bounded.
  addNote: { from: pagesOnly, input: z.object({ contactId: z.number().int().positive(), text: z.string().min(1).max(NOTE_LIMITS.text * 2) }) },
  editNote: { from: pagesOnly, input: z.object({ id: z.number().int().positive(), text: z.string().min(1).max(NOTE_LIMITS.text * 2) }) },
  deleteNote: { from: pagesOnly, input: z.object({ id: z.number().int().positive() }) },
  undoAction: { from: pagesOnly, input: z.object({ token: UndoTokenSchema }) },
} satisfies Record<keyof ProtocolMap, Rule>;

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * Classify a sender. Only this extension's own contexts are trusted at all;
 * a sender whose URL is one of our pages is an extension page, anything else
 * with a tab is one of our content scripts running in a web page.
 */
export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  if (sender.url?.startsWith(extensionOrigin)) return 'extension';
  if (sender.tab?.id !== undefined) return 'content';
  return null;
}
