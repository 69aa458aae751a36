import type { ReactNode } from 'react';
import type { MessageKey } from '../../lib/i18n';
import { ContactsSection } from './ContactsSection';
import { SettingsSection } from './SettingsSection';
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
  { id: 'privacy', label: 'manager.nav.privacy', render: () => <PrivacySection /> },
  { id: 'backup', label: 'manager.nav.backup', render: () => <BackupSection /> },
  { id: 'settings', label: 'manager.nav.settings', render: () => <SettingsSection /> },
];
