import { z } from '../zod';
import { EditBaseSchema } from '../contacts/edit';
import { ContactDraftSchema, ContactPatchSchema, StageSchema, StatusSchema, type Contact } from '../model';
import { deleteContactsUndoable, findByEmail, findByLinkedinUrl, updateContact as update, upsertByEmail } from '../contacts/repository';
import { BulkRequestSchema, bulkUpdate } from '../contacts/bulk';
import { archiveContacts as archive, unarchiveContacts as unarchive } from '../contacts/archive';
import { eraseContacts as erase } from '../gdpr/erase';
import { undoAutoStatus as undo } from '../status/undo';
import { undoAction as undoByToken, UndoTokenSchema } from '../contacts/undo';
import { afterUndoable } from '../background/undo-purge';
import { operation } from './operation';

/**
 * The contact operations extension pages run in-page (popup, side panel,
 * manager, welcome). Each is one schema and one call into the writer; the
 * writer (lib/contacts/pipeline.ts) holds the rules.
 */

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

export function summarize(contact: Contact): ContactSummary {
  const { id, email, firstName, lastName, company, title, stage, status } = contact;
  return { id, email, firstName, lastName, company, title, stage, status };
}

const id = z.number().int().positive();
const idList = z.object({ ids: z.array(id).max(200_000) });
const NewConsentSchema = z.object({ note: z.string().max(500).optional() });

/** A save from the capture card or Gmail's Save: captured values refresh earlier captured ones. */
export const captureContact = /*#__PURE__*/ operation(ContactDraftSchema, (draft) => upsertByEmail(draft, { policy: 'refresh', pendingKey: draft.linkedinUrl }));

export const lookupContact = /*#__PURE__*/ operation(
  z
    .object({ email: z.string().max(254).optional(), linkedinUrl: z.string().max(2048).optional() })
    .refine((q) => q.email || q.linkedinUrl, 'email_or_url_required'),
  async ({ email, linkedinUrl }) => {
    const byEmail = email ? await findByEmail(email) : undefined;
    const found = byEmail ?? (linkedinUrl ? await findByLinkedinUrl(linkedinUrl) : undefined);
    return found ? summarize(found) : null;
  },
  // A lookup writes nothing: the popup opens without rebuilding the reminders.
  { writes: false },
);

/** A contact typed by hand: an existing email is refused, never merged. */
export const createContact = /*#__PURE__*/ operation(ContactDraftSchema, (draft) => upsertByEmail(draft, { policy: 'skip', manual: true }));

/** `base`: the version the edit started from (a stale edit applies only its own fields); `newConsent`: reopening an unsubscribe. */
export const updateContact = /*#__PURE__*/ operation(
  z.object({ id, patch: ContactPatchSchema, base: EditBaseSchema.optional(), newConsent: NewConsentSchema.optional() }),
  ({ id, patch, base, newConsent }) => update(id, patch, 'manual', { base, newConsent }),
);

export const changeStatus = /*#__PURE__*/ operation(
  z.object({ id, status: StatusSchema, newConsent: NewConsentSchema.optional() }),
  ({ id, status, newConsent }) => update(id, { status }, 'manual', { newConsent }),
);

/** A card moved on the pipeline board: the 'stage' history entry names the board as origin. */
export const moveContactStage = /*#__PURE__*/ operation(z.object({ id, stage: StageSchema }), ({ id, stage }) => update(id, { stage }, 'board'));

/** Bulk and destructive actions answer with an undo token (lib/contacts/undo.ts): the undo toast's. */
export const deleteContacts = /*#__PURE__*/ operation(idList, async ({ ids }) => afterUndoable(await deleteContactsUndoable(ids)));
export const bulkUpdateContacts = /*#__PURE__*/ operation(BulkRequestSchema, async ({ ids, op }) => afterUndoable(await bulkUpdate(ids, op, 'manual', true)));
/** The undo toast: puts back what a bulk action or a delete replaced, through the write pipeline. */
export const undoAction = /*#__PURE__*/ operation(z.object({ token: UndoTokenSchema }), ({ token }) => undoByToken(token));
export const archiveContacts = /*#__PURE__*/ operation(idList, ({ ids }) => archive(ids));
export const unarchiveContacts = /*#__PURE__*/ operation(idList, ({ ids }) => unarchive(ids));
export const eraseContacts = /*#__PURE__*/ operation(idList, ({ ids }) => erase(ids));
export const undoAutoStatus = /*#__PURE__*/ operation(z.object({ historyId: id }), ({ historyId }) => undo(historyId));
