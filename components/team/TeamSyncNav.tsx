import { Suspense, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { loadTeamConfig, TEAM_KEY } from '../../lib/sync/config';
import { lazyNamed } from '../ui/lazy';

// PouchDB is its own chunk: a base that does not sync never loads it.
const TeamLive = lazyNamed(() => import('./TeamLive'), 'TeamLive');

/** In the manager's nav: while team sync is on, live replication runs from this page and its status shows. */
export function TeamSyncNav() {
  const [on, setOn] = useState(false);
  useEffect(() => {
    const read = () => void loadTeamConfig().then((config) => setOn(!!config?.on));
    read();
    const listener = (changes: Record<string, unknown>) => TEAM_KEY in changes && read();
    browser.storage.local.onChanged.addListener(listener);
    return () => browser.storage.local.onChanged.removeListener(listener);
  }, []);
  return on ? (
    <Suspense fallback={null}>
      <TeamLive />
    </Suspense>
  ) : null;
}
