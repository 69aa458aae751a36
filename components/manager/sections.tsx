import type { ReactNode } from 'react';
import type { MessageKey } from '../../lib/i18n';
import { ExportSection } from '../export/ExportSection';
import { ImportSection } from '../import/ImportSection';
import { ContactsSection } from './ContactsSection';
import { GroupsSection } from './GroupsSection';
import { SettingsSection } from './SettingsSection';
import { SegmentsSection } from '../segments/SegmentsSection';
import { FieldsSection } from '../customFields/FieldsSection';
import { PrivacySection } from '../privacy/PrivacySection';
import { BackupSection } from '../backup/BackupSection';

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
  { id: 'groups', label: 'groups.nav', render: () => <GroupsSection /> },
  { id: 'import', label: 'manager.nav.import', render: () => <ImportSection /> },
  { id: 'export', label: 'manager.nav.export', render: () => <ExportSection /> },
  { id: 'segments', label: 'segments.nav', render: () => <SegmentsSection /> },
  { id: 'fields', label: 'fields.nav', render: () => <FieldsSection /> },
  { id: 'privacy', label: 'manager.nav.privacy', render: () => <PrivacySection /> },
  { id: 'backup', label: 'manager.nav.backup', render: () => <BackupSection /> },
  { id: 'settings', label: 'manager.nav.settings', render: () => <SettingsSection /> },
];
