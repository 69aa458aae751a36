import { browser } from 'wxt/browser';
import { z } from '../zod';

/** The last round's outcome, for Settings → Team and the manager (storage.local: the worker keeps nothing in memory). */
export const TEAM_STATUS_KEY = 'fluenzr.teamStatus';

export const SYNC_PROBLEMS = ['server_down', 'bad_credentials', 'no_database', 'not_member', 'no_permission', 'not_couchdb', 'failed'] as const;
export type SyncProblem = (typeof SYNC_PROBLEMS)[number];

export const TeamStatusSchema = z.object({
  lastSyncAt: z.number().optional(),
  error: z.object({ problem: z.enum(SYNC_PROBLEMS), detail: z.string().max(500).optional(), at: z.number() }).optional(),
  pushed: z.number().optional(),
  pulled: z.number().optional(),
});
export type TeamStatus = z.infer<typeof TeamStatusSchema>;

export async function loadTeamStatus(): Promise<TeamStatus> {
  const parsed = TeamStatusSchema.safeParse((await browser.storage.local.get(TEAM_STATUS_KEY))[TEAM_STATUS_KEY]);
  return parsed.success ? parsed.data : {};
}

export async function saveTeamStatus(status: TeamStatus): Promise<void> {
  await browser.storage.local.set({ [TEAM_STATUS_KEY]: status });
}

/** A replication error in words the user can act on. */
export function problemOf(error: unknown): { problem: SyncProblem; detail?: string } {
  const e = error as { status?: number; name?: string; message?: string; reason?: string } | undefined;
  const detail = String(e?.reason ?? e?.message ?? e ?? '').slice(0, 500);
  if (e?.status === 401) return { problem: 'bad_credentials' };
  if (e?.status === 403) return { problem: 'not_member' };
  if (e?.status === 404) return { problem: 'no_database' };
  if (/refused_origin/.test(detail)) return { problem: 'failed', detail };
  if (!e?.status || /fetch|network|ECONNREFUSED|Failed to fetch/i.test(detail)) return { problem: 'server_down', detail };
  return { problem: 'failed', detail };
}
