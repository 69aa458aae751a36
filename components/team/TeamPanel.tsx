import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { usePendingSyncChanges, useUnsettledConflicts } from '../hooks/useTeam';
import { dismissConflict, restoreDeletedContact } from '../../lib/service/read-team';
import type { UnsettledRow } from '../../lib/sync/apply';
import { errorMessage } from '../../lib/ui/errors';
import type { MessageKey } from '../../lib/i18n';
import { forgetTeamConfig, loadTeamConfig, originPattern, parseTeamUrl, releaseOrigin, TEAM_KEY, type TeamConfig } from '../../lib/sync/config';
import { testConnection, type ConnectionResult } from '../../lib/sync/connection';
import { pendingTeamSwitch, runSyncRound, turnSyncOff, turnSyncOn } from '../../lib/sync/service';
import type { TeamSwitch } from '../../lib/sync/switch';
import { loadTeamStatus, TEAM_STATUS_KEY, type TeamStatus } from '../../lib/sync/status';
import { usePlanUsage } from '../hooks/useContacts';
import { useSettings } from '../hooks/useSettings';
import { useT } from '../i18n';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/Dialog';
import { TextField } from '../ui/TextField';

type Translate = ReturnType<typeof useT>;

/** The words of a connection or sync problem. */
export function problemText(t: Translate, problem: string, detail?: string): string {
  return t(`team.problem.${problem}` as MessageKey, { detail: detail ?? '' });
}

/** Stored team config and status, re-read when another page or the worker changes them. */
function useTeamStorage(): { config: TeamConfig | undefined; status: TeamStatus; loaded: boolean } {
  const [state, setState] = useState<{ config: TeamConfig | undefined; status: TeamStatus; loaded: boolean }>({ config: undefined, status: {}, loaded: false });
  const reload = useCallback(() => {
    void Promise.all([loadTeamConfig(), loadTeamStatus()]).then(([config, status]) => setState({ config, status, loaded: true }));
  }, []);
  useEffect(() => {
    reload();
    const listener = (changes: Record<string, unknown>) => {
      if (TEAM_KEY in changes || TEAM_STATUS_KEY in changes) reload();
    };
    browser.storage.local.onChanged.addListener(listener);
    return () => browser.storage.local.onChanged.removeListener(listener);
  }, [reload]);
  return state;
}

/** Last sync, pending changes and the last error with its cause: in Settings → Team and in the manager. */
export function TeamStatusLine({ status }: { status: TeamStatus }) {
  const t = useT();
  const pending = usePendingSyncChanges();
  const when = (at: number) => new Date(at).toLocaleString();
  return (
    <div className="text-xs text-slate-600 dark:text-slate-300" data-testid="team-status" aria-live="polite">
      <span>{status.lastSyncAt ? t('team.status.last', { when: when(status.lastSyncAt) }) : t('team.status.never')}</span>
      {' · '}
      <span data-testid="team-pending">{t('team.status.pending', { count: pending })}</span>
      {status.error && (
        <p role="alert" className="text-red-700 dark:text-red-400" data-testid="team-error">
          {t('team.status.error', { when: when(status.error.at), message: problemText(t, status.error.problem, status.error.detail) })}
        </p>
      )}
    </div>
  );
}

/** What switching teams does, in the confirmation. */
function switchText(t: Translate, move: TeamSwitch, to: string): string {
  const from = move.from || t('team.switch.unknownFrom');
  const parts = [t('team.switch.body', { from, to, contacts: move.contacts, colleagues: move.fromColleagues })];
  if (move.unsent) parts.unshift(t('team.switch.unsent', { count: move.unsent }));
  return parts.join(' ');
}

/** The Free plan counts the team's base: said here when it is full or over, since colleagues' contacts keep arriving. */
function TeamPlanNote() {
  const t = useT();
  const usage = usePlanUsage(useSettings()?.settings.plan);
  if (!usage || usage.limit === null || usage.used < usage.limit) return null;
  const key = usage.used > usage.limit ? 'team.plan.over' : 'team.plan.full';
  return (
    <p role="status" className="text-xs font-medium text-amber-800 dark:text-amber-300" data-testid="team-plan">
      {t(key, { used: usage.used, limit: usage.limit })}
    </p>
  );
}

function UnsettledText({ row }: { row: UnsettledRow }) {
  const t = useT();
  if (row.reason !== 'deleted_edited') return <span>{t(`team.unsettled.${row.reason}`, { field: row.field, value: String(row.values[0] ?? '') })}</span>;
  const user = row.edited?.by ?? t('team.unsettled.someone');
  return <span>{t('team.unsettled.deleted_edited', { user, name: String(row.values[0] ?? ''), when: new Date(row.edited?.gone ?? row.at).toLocaleString() })}</span>;
}

function Unsettled() {
  const t = useT();
  const rows = useUnsettledConflicts();
  const [said, setSaid] = useState<{ ok: boolean; text: string }>();
  if (!rows.length && !said) return null;
  const dismiss = (i: number) => void dismissConflict(i);
  const restore = async (row: UnsettledRow) => {
    const outcome = await restoreDeletedContact(row.docId, row.at);
    if (outcome.ok) setSaid({ ok: true, text: t('team.unsettled.restored', { name: outcome.name }) });
    else {
      const { key, params } = errorMessage(new Error(outcome.code));
      setSaid({ ok: false, text: t(key, params) });
    }
  };
  return (
    <div data-testid="team-unsettled">
      {rows.length > 0 && <h4 className="text-sm font-semibold">{t('team.unsettled')}</h4>}
      <ul className="space-y-1 text-xs">
        {rows.map((row, i) => (
          <li key={`${row.docId}-${row.field}-${row.at}`} className="flex flex-wrap items-center gap-2">
            <UnsettledText row={row} />
            {row.reason === 'deleted_edited' ? (
              <>
                <Button size="sm" variant="ghost" onClick={() => dismiss(i)}>
                  {t('team.unsettled.keepDeleted')}
                </Button>
                <Button size="sm" onClick={() => void restore(row)}>
                  {t('team.unsettled.restore')}
                </Button>
              </>
            ) : (
              <Button size="sm" variant="ghost" onClick={() => dismiss(i)}>
                {t('team.unsettled.dismiss')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {said && (
        <p role={said.ok ? 'status' : 'alert'} data-testid="team-unsettled-result" className={said.ok ? 'text-xs text-emerald-700 dark:text-emerald-400' : 'text-xs text-red-700 dark:text-red-400'}>
          {said.text}
        </p>
      )}
    </div>
  );
}

/**
 * Settings → Team. The browser permission for the server's one origin is
 * requested first thing in the click (it needs the user's gesture), and given
 * back when the test fails or sync is turned off.
 */
export function TeamPanel() {
  const t = useT();
  const { config, status, loaded } = useTeamStorage();
  const [draft, setDraft] = useState<{ url: string; username: string; password: string }>();
  const [result, setResult] = useState<ConnectionResult | 'denied'>();
  const [busy, setBusy] = useState(false);
  const [switching, setSwitching] = useState<TeamSwitch>();
  const values = draft ?? { url: config?.url ?? '', username: config?.username ?? '', password: config?.password ?? '' };
  const edit = (patch: Partial<typeof values>) => setDraft({ ...values, ...patch });
  const url = parseTeamUrl(values.url);

  const grantAndTest = async (): Promise<ConnectionResult | 'denied'> => {
    if (typeof url === 'string') return { ok: false, problem: url };
    const pattern = { origins: [originPattern(url.origin)] };
    if (!(await browser.permissions.request(pattern))) return 'denied';
    const outcome = await testConnection(values.url, values);
    if (!outcome.ok && !config?.on) await releaseOrigin(url.origin);
    return outcome;
  };
  const run = (action: () => Promise<void>) => async () => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      // The browser refused the permission request itself, or storage failed: said, not swallowed.
      setResult({ ok: false, problem: 'failed', detail: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  const onTest = run(async () => {
    const outcome = await grantAndTest();
    setResult(outcome);
    if (outcome !== 'denied' && outcome.ok && !config?.on && typeof url !== 'string') await releaseOrigin(url.origin);
  });
  const start = async (leaveOldTeam: boolean) => {
    await turnSyncOn({ url: values.url.trim(), username: values.username, password: values.password }, { leaveOldTeam });
    setDraft(undefined);
    // No round here: the manager's live sync (TeamLive) starts on this change and does the first sync; a round beside it would pull everything twice.
  };
  const onTurnOn = run(async () => {
    const outcome = await grantAndTest();
    setResult(outcome);
    if (outcome === 'denied' || !outcome.ok) return;
    // Another team's mirror here: said, and confirmed, before anything is dropped.
    const move = await pendingTeamSwitch(values.url);
    if (move) setSwitching(move);
    else await start(false);
  });
  const onSwitchConfirmed = run(async () => {
    setSwitching(undefined);
    await start(true);
  });
  const onSwitchCancelled = run(async () => {
    setSwitching(undefined);
    setResult(undefined);
    if (typeof url !== 'string' && !config?.on) await releaseOrigin(url.origin);
  });
  const onTurnOff = run(async () => {
    await turnSyncOff();
    setResult(undefined);
  });
  const onForget = run(async () => {
    await turnSyncOff();
    await forgetTeamConfig();
    setDraft(undefined);
    setResult(undefined);
  });
  if (!loaded) return null;
  const on = !!config?.on;

  return (
    <section aria-labelledby="team-title" className="space-y-3 border-t pt-3 dark:border-slate-700" data-testid="team-panel">
      <h3 id="team-title" className="text-base font-semibold">
        {t('team.title')}
      </h3>
      <p className="text-sm text-slate-600 dark:text-slate-300">{t('team.intro')}</p>
      <p className="text-sm font-medium" data-testid="team-state">
        {on ? t('team.state.on', { url: config.url, user: config.username }) : t('team.state.off')}
      </p>
      {on && <TeamStatusLine status={status} />}
      {on && <TeamPlanNote />}
      {!on && (
        <div className="grid max-w-lg gap-2">
          <TextField label={t('team.url')} name="teamUrl" type="url" value={values.url} onChange={(v) => edit({ url: v })} />
          <p className="text-xs text-slate-500 dark:text-slate-400">{t('team.url.help')}</p>
          <TextField label={t('team.username')} name="teamUser" value={values.username} onChange={(v) => edit({ username: v })} />
          <TextField label={t('team.password')} name="teamPassword" type="password" value={values.password} onChange={(v) => edit({ password: v })} />
        </div>
      )}
      {result && (
        <p role={result !== 'denied' && result.ok ? 'status' : 'alert'} data-testid="team-result" className={result !== 'denied' && result.ok ? 'text-sm text-emerald-700 dark:text-emerald-400' : 'text-sm text-red-700 dark:text-red-400'}>
          {result === 'denied' ? t('team.permissionDenied') : result.ok ? t('team.ok', { user: result.user, count: result.docCount }) : problemText(t, result.problem, result.detail)}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {!on && (
          <>
            <Button disabled={busy || !values.url || !values.username || !values.password} onClick={() => void onTest()}>
              {busy ? t('team.testing') : t('team.test')}
            </Button>
            <Button variant="primary" disabled={busy || !values.url || !values.username || !values.password} onClick={() => void onTurnOn()}>
              {t('team.on')}
            </Button>
          </>
        )}
        {on && (
          <>
            <Button disabled={busy} onClick={() => void run(async () => void (await runSyncRound()))()}>
              {t('team.syncNow')}
            </Button>
            <Button disabled={busy} onClick={() => void onTurnOff()}>
              {t('team.off')}
            </Button>
          </>
        )}
        {config && (
          <Button variant="ghost" disabled={busy} onClick={() => void onForget()}>
            {t('team.forget')}
          </Button>
        )}
      </div>
      <Unsettled />
      {switching && (
        <ConfirmDialog
          title={t('team.switch.title')}
          body={switchText(t, switching, values.url.trim())}
          confirm={t('team.switch.confirm')}
          onConfirm={() => void onSwitchConfirmed()}
          onCancel={() => void onSwitchCancelled()}
        />
      )}
    </section>
  );
}
