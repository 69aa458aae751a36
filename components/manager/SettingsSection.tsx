import { SettingsPanel } from '../settings/SettingsPanel';

export function SettingsSection() {
  return <SettingsPanel />;
}
