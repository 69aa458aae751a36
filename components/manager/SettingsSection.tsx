import { SettingsPanel } from '../settings/SettingsPanel';
import { TeamPanel } from '../team/TeamPanel';

export function SettingsSection() {
  return (
    <>
      <SettingsPanel />
      <TeamPanel />
    </>
  );
}
