import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { startLiveSync } from '../../lib/sync/service';
import { loadTeamStatus, TEAM_STATUS_KEY, type TeamStatus } from '../../lib/sync/status';
import { useT } from '../i18n';
import { TeamStatusLine } from './TeamPanel';

/** Live sync while this page is open (the worker's alarm rounds cover the rest of the time). */
export function TeamLive() {
  const t = useT();
  const [status, setStatus] = useState<TeamStatus>({});
  useEffect(() => {
    let stop: (() => void) | undefined;
    let gone = false;
    void startLiveSync().then((s) => (gone ? s() : (stop = s)));
    const read = () => void loadTeamStatus().then(setStatus);
    read();
    const listener = (changes: Record<string, unknown>) => TEAM_STATUS_KEY in changes && read();
    browser.storage.local.onChanged.addListener(listener);
    return () => {
      gone = true;
      stop?.();
      browser.storage.local.onChanged.removeListener(listener);
    };
  }, []);
  return (
    <div className="mt-4" data-testid="team-live">
      <p className="text-xs font-semibold">{t('team.badge.on')}</p>
      <TeamStatusLine status={status} />
    </div>
  );
}
