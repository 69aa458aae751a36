import { findByEmail, findByLinkedinUrl, deleteContacts, updateContact, upsertByEmail } from '../contacts/repository';
import type { Contact } from '../model';
import type { ContactSummary, ProtocolMap } from '../messaging/protocol';
import { saveSettings } from '../settings/store';
import { setTabPage } from './page-state';
import type { SenderInfo } from '../messaging/rules';
import { deleteFieldDef, saveFieldDef } from '../customFields/repository';
import { deleteSegment, saveSegment } from '../segments/store';

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
  saveFieldDef: (input) => saveFieldDef(input),
  deleteFieldDef: ({ key }) => deleteFieldDef(key),
  saveSegment: (input) => saveSegment(input),
  deleteSegment: ({ id }) => deleteSegment(id),
};
