import { findByEmail, findByLinkedinUrl, deleteContactsUndoable, updateContact, upsertByEmail } from '../contacts/repository';
import { settleLinkedInReport } from '../capture/linkedin';
import type { Contact } from '../model';
import type { ContactSummary, ProtocolMap } from '../messaging/protocol';
import { saveSettings } from '../settings/store';
import { completePending, removePending, savePending, settlePending } from '../contacts/pending';
import { bulkUpdate } from '../contacts/bulk';
import { createGroup, deleteGroup, updateGroup } from '../contacts/groups';
import { loadSamples, removeSamples } from '../contacts/samples';
import { renameTag } from '../contacts/tags';
import { archiveContacts, unarchiveContacts } from '../contacts/archive';
import { eraseContacts } from '../gdpr/erase';
import { liftSuppression } from '../gdpr/suppression';
import { cleanBounces } from '../quality/bounces';
import { setTabPage } from './page-state';
import type { SenderInfo } from '../messaging/rules';
import { statusFromReport } from '../status/from-report';
import { undoAutoStatus } from '../status/undo';
import { deleteFieldDef, saveFieldDef } from '../customFields/repository';
import { deleteSegment, saveSegment } from '../segments/store';
import { setTabList } from './list-state';
import { savePendingBatch } from '../contacts/pending-batch';
import { addNote, deleteNote, editNote } from '../notes/notes';
import { undoAction } from '../contacts/undo';
import { afterUndoable } from './undo-purge';

export function summarize(contact: Contact): ContactSummary {
  const { id, email, firstName, lastName, company, title, stage, status } = contact;
  return { id, email, firstName, lastName, company, title, stage, status };
}

type Handlers = {
  [K in keyof ProtocolMap]: (
    data: Parameters<ProtocolMap[K]>[0],
    sender: SenderInfo,
  ) => Promise<ReturnType<ProtocolMap[K]>>;
};

/** The background's answers; inputs arrive already validated and sender-checked. */
export const handlers: Handlers = {
  async reportPage(raw, sender) {
    const report = settleLinkedInReport(raw);
    // Statuses first: once the page is visible to the popup, they are settled.
    await statusFromReport(report, sender);
    if (sender.tab?.id !== undefined) await setTabPage(sender.tab.id, report);
  },
  captureContact: async (draft) => settlePending(await upsertByEmail(draft, { policy: 'refresh' }), draft.linkedinUrl),
  async lookupContact({ email, linkedinUrl }) {
    const byEmail = email ? await findByEmail(email) : undefined;
    const found = byEmail ?? (linkedinUrl ? await findByLinkedinUrl(linkedinUrl) : undefined);
    return found ? summarize(found) : null;
  },
  createContact: (draft) => upsertByEmail(draft, { policy: 'skip', manual: true }),
  updateContact: ({ id, patch, base, newConsent }) => updateContact(id, patch, 'manual', { base, newConsent }),
  deleteContacts: async ({ ids }) => afterUndoable(await deleteContactsUndoable(ids)),
  saveSettings: (patch) => saveSettings(patch),
  savePending: (input) => savePending(input),
  completePending: ({ linkedinUrl, email }) => completePending(linkedinUrl, email),
  removePending: ({ linkedinUrl }) => removePending(linkedinUrl),
  undoAutoStatus: ({ historyId }) => undoAutoStatus(historyId),
  bulkUpdateContacts: async ({ ids, op }) => afterUndoable(await bulkUpdate(ids, op, 'manual', true)),
  createGroup: (input) => createGroup(input),
  updateGroup: (patch) => updateGroup(patch),
  deleteGroup: ({ id }) => deleteGroup(id),
  renameTag: ({ from, to }) => renameTag(from, to),
  loadSampleContacts: () => loadSamples(),
  removeSampleContacts: () => removeSamples(),
  // A manual move: updateContact records the 'stage' history entry, with the board as origin.
  moveContactStage: ({ id, stage }) => updateContact(id, { stage }, 'board'),
  saveFieldDef: (input) => saveFieldDef(input),
  deleteFieldDef: ({ key }) => deleteFieldDef(key),
  saveSegment: (input) => saveSegment(input),
  deleteSegment: ({ id }) => deleteSegment(id),
  changeStatus: ({ id, status, newConsent }) => updateContact(id, { status }, 'manual', { newConsent }),
  archiveContacts: ({ ids }) => archiveContacts(ids),
  unarchiveContacts: ({ ids }) => unarchiveContacts(ids),
  eraseContacts: ({ ids }) => eraseContacts(ids),
  liftSuppression: ({ email, consentConfirmed, note }) => liftSuppression(email, { consentConfirmed, note }),
  cleanBounces: ({ action }) => cleanBounces(action),
  async reportList(report, sender) {
    if (sender.tab?.id !== undefined) await setTabList(sender.tab.id, report);
  },
  savePendingBatch: (input) => savePendingBatch(input),
  addNote: ({ contactId, text }) => addNote(contactId, text),
  editNote: ({ id, text }) => editNote(id, text),
  deleteNote: ({ id }) => deleteNote(id),
  undoAction: ({ token }) => undoAction(token),
};
