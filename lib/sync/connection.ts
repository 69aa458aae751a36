import { parseTeamUrl, type TeamUrlProblem } from './config';
import type { Credentials } from './pouch';

export type ConnectionProblem =
  | TeamUrlProblem
  /** Nothing answers at that address (down, wrong host or port, offline). */
  | 'server_down'
  /** Something answers, but not CouchDB. */
  | 'not_couchdb'
  | 'bad_credentials'
  /** The server has no such database. */
  | 'no_database'
  /** The user exists but is not a member of the team database (`_security`). */
  | 'not_member'
  /** The browser refused the request: the host permission was not granted. */
  | 'no_permission'
  /** Anything else, with its message. */
  | 'failed';

export type ConnectionResult = { ok: true; user: string; docCount: number } | { ok: false; problem: ConnectionProblem; detail?: string };

function basic({ username, password }: Credentials): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

async function getJson(url: string, credentials?: Credentials, fetcher: typeof fetch = fetch): Promise<{ status: number; body: unknown } | 'down'> {
  try {
    const res = await fetcher(url, {
      headers: { accept: 'application/json', ...(credentials ? { authorization: basic(credentials) } : {}) },
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(10_000),
    });
    const text = await res.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: res.status, body };
  } catch {
    return 'down';
  }
}

/**
 * "Test connection": each step gives its own message. The root says whether
 * it is CouchDB (CouchDB answers {"couchdb": "Welcome"}, pouchdb-server
 * {"express-pouchdb": "Welcome!"}), `_session` whether the credentials are
 * right, and the database whether this user may read it.
 */
export async function testConnection(rawUrl: string, credentials: Credentials, fetcher: typeof fetch = fetch): Promise<ConnectionResult> {
  const url = parseTeamUrl(rawUrl);
  if (typeof url === 'string') return { ok: false, problem: url };
  const root = await getJson(`${url.origin}/`, undefined, fetcher);
  if (root === 'down') return { ok: false, problem: 'server_down' };
  const welcome = root.body as Record<string, unknown> | undefined;
  if (!welcome || !('couchdb' in welcome || 'express-pouchdb' in welcome)) return { ok: false, problem: 'not_couchdb', detail: `HTTP ${root.status}` };
  const session = await getJson(`${url.origin}/_session`, credentials, fetcher);
  if (session === 'down') return { ok: false, problem: 'server_down' };
  const name = (session.body as { userCtx?: { name?: string | null } } | undefined)?.userCtx?.name;
  if (session.status === 401 || !name) return { ok: false, problem: 'bad_credentials' };
  const db = await getJson(url.dbUrl, credentials, fetcher);
  if (db === 'down') return { ok: false, problem: 'server_down' };
  if (db.status === 404) return { ok: false, problem: 'no_database', detail: url.dbName };
  if (db.status === 401 || db.status === 403) return { ok: false, problem: 'not_member', detail: url.dbName };
  const count = (db.body as { doc_count?: number } | undefined)?.doc_count;
  if (db.status !== 200 || typeof count !== 'number') return { ok: false, problem: 'not_couchdb', detail: `HTTP ${db.status}` };
  return { ok: true, user: name, docCount: count };
}
