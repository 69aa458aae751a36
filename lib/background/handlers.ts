import { findByEmail, findByLinkedinUrl, deleteContacts, updateContact, upsertByEmail } from '../contacts/repository';
import type { Contact } from '../model';
import type { ContactSummary, ProtocolMap } from '../messaging/protocol';
import { saveSettings } from '../settings/store';
import { archiveContacts, unarchiveContacts } from '../contacts/archive';
import { eraseContacts } from '../gdpr/erase';
import { liftSuppression } from '../gdpr/suppression';
import { cleanBounces } from '../quality/bounces';
import { setTabPage } from './page-state';
import type { SenderInfo } from '../messaging/rules';

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
  async reportPage(report, sender) {
    if (sender.tab?.id !== undefined) await setTabPage(sender.tab.id, report);
  },
  captureContact: (draft) => upsertByEmail(draft, { policy: 'refresh' }),
  async lookupContact({ email, linkedinUrl }) {
    const byEmail = email ? await findByEmail(email) : undefined;
    const found = byEmail ?? (linkedinUrl ? await findByLinkedinUrl(linkedinUrl) : undefined);
    return found ? summarize(found) : null;
  },
  createContact: (draft) => upsertByEmail(draft, { policy: 'skip', manual: true }),
  updateContact: ({ id, patch }) => updateContact(id, patch),
  deleteContacts: ({ ids }) => deleteContacts(ids),
  saveSettings: (patch) => saveSettings(patch),
  changeStatus: ({ id, status, newConsent }) => updateContact(id, { status }, 'manual', { newConsent }),
  archiveContacts: ({ ids }) => archiveContacts(ids),
  unarchiveContacts: ({ ids }) => unarchiveContacts(ids),
  eraseContacts: ({ ids }) => eraseContacts(ids),
  liftSuppression: ({ email, consentConfirmed, note }) => liftSuppression(email, { consentConfirmed, note }),
  cleanBounces: ({ action }) => cleanBounces(action),
};
