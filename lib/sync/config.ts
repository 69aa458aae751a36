import { browser } from 'wxt/browser';
import { z } from '../zod';

/**
 * The team server and this user's credentials. Kept in storage.local, not in
 * the Dexie base: a backup file (every table) must never carry the password,
 * and pages or other extensions cannot read an extension's storage. It is
 * not encrypted: any key would sit in the same profile (README "Team").
 */
export const TEAM_KEY = 'fluenzr.team';

/** Loopback stays allowed over plain HTTP (a CouchDB on this machine, the tests); anything else needs HTTPS. */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export type TeamUrlProblem = 'url_invalid' | 'url_not_https' | 'url_no_database';

export interface TeamUrl {
  /** The server's origin: the one host permission requested. */
  origin: string;
  /** The team database's URL, without credentials or query. */
  dbUrl: string;
  dbName: string;
}

/** "https://couch.example.com/acme-team" → origin and database; a clear problem otherwise. */
export function parseTeamUrl(raw: string): TeamUrl | TeamUrlProblem {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return 'url_invalid';
  }
  if (url.username || url.password || url.search || url.hash) return 'url_invalid';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return 'url_not_https';
  const path = url.pathname.replace(/\/+$/, '');
  const dbName = decodeURIComponent(path.split('/').pop() ?? '');
  // CouchDB's rule for database names.
  if (!/^[a-z][a-z0-9_$()+/-]*$/.test(dbName)) return 'url_no_database';
  return { origin: url.origin, dbUrl: `${url.origin}${path}`, dbName };
}

export const TeamConfigSchema = z.object({
  url: z.string().max(2048),
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(1000),
  /** Sync is on (it is off until the user turns it on and grants the origin). */
  on: z.boolean(),
});
export type TeamConfig = z.infer<typeof TeamConfigSchema>;

export async function loadTeamConfig(): Promise<TeamConfig | undefined> {
  const parsed = TeamConfigSchema.safeParse((await browser.storage.local.get(TEAM_KEY))[TEAM_KEY]);
  return parsed.success ? parsed.data : undefined;
}

export async function saveTeamConfig(config: TeamConfig): Promise<void> {
  await browser.storage.local.set({ [TEAM_KEY]: TeamConfigSchema.parse(config) });
}

export async function forgetTeamConfig(): Promise<void> {
  await browser.storage.local.remove(TEAM_KEY);
}

/** The host permission pattern of the team server (requested at runtime, optional_host_permissions). */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** Give the server's host permission back; one the manifest itself grants (a managed or test build) cannot be, and stays. */
export async function releaseOrigin(origin: string): Promise<void> {
  await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
}
