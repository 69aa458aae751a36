import type { ReactNode } from 'react';
import type { MessageKey } from '../../lib/i18n';
import { Deferred, lazyNamed } from '../ui/lazy';
import { ContactsSection } from './ContactsSection';

// The contacts table is the manager's home: in the page's first scripts. Every
// other section is its own chunk, loaded when first opened, so the CSV import,
// backup, GDPR and field editors are not parsed before the table shows.
const GroupsSection = lazyNamed(() => import('./GroupsSection'), 'GroupsSection');
const SettingsSection = lazyNamed(() => import('./SettingsSection'), 'SettingsSection');
const ImportSection = lazyNamed(() => import('../import/ImportSection'), 'ImportSection');
const ExportSection = lazyNamed(() => import('../export/ExportSection'), 'ExportSection');
const SegmentsSection = lazyNamed(() => import('../segments/SegmentsSection'), 'SegmentsSection');
const FieldsSection = lazyNamed(() => import('../customFields/FieldsSection'), 'FieldsSection');
const PrivacySection = lazyNamed(() => import('../privacy/PrivacySection'), 'PrivacySection');
const BackupSection = lazyNamed(() => import('../backup/BackupSection'), 'BackupSection');
const ToCompleteSection = lazyNamed(() => import('../toComplete/ToCompleteSection'), 'ToCompleteSection');

/**
 * The manager's sections, reached by hash (#/contacts, #/settings…). A new
 * section is one entry here and one component in its own folder.
 */
export interface ManagerSection {
  id: string;
  label: MessageKey;
  render: () => ReactNode;
}

export const SECTIONS: ManagerSection[] = [
  { id: 'contacts', label: 'manager.nav.contacts', render: () => <ContactsSection /> },
  { id: 'to-complete', label: 'toComplete.nav', render: () => <Deferred><ToCompleteSection /></Deferred> },
  { id: 'groups', label: 'groups.nav', render: () => <Deferred><GroupsSection /></Deferred> },
  { id: 'import', label: 'manager.nav.import', render: () => <Deferred><ImportSection /></Deferred> },
  { id: 'export', label: 'manager.nav.export', render: () => <Deferred><ExportSection /></Deferred> },
  { id: 'segments', label: 'segments.nav', render: () => <Deferred><SegmentsSection /></Deferred> },
  { id: 'fields', label: 'fields.nav', render: () => <Deferred><FieldsSection /></Deferred> },
  { id: 'privacy', label: 'manager.nav.privacy', render: () => <Deferred><PrivacySection /></Deferred> },
  { id: 'backup', label: 'manager.nav.backup', render: () => <Deferred><BackupSection /></Deferred> },
  { id: 'settings', label: 'manager.nav.settings', render: () => <Deferred><SettingsSection /></Deferred> },
];
