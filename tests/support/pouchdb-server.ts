import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * pouchdb-server (npm) for the sync tests: on 127.0.0.1 only, a free port,
 * its files in a temporary folder (LevelDB, so a restart keeps the data).
 * `stop()` then `start()` again is the "server stopped mid-sync" case.
 */
export const ADMIN = { username: 'admin', password: 'admin-secret-1' };
export const TEAM_DB = 'team';
export const USERS = { alice: 'alice-pass-1', bob: 'bob-pass-12', eve: 'eve-pass-123' } as const;

const BIN = resolve(import.meta.dirname, '../../node_modules/pouchdb-server/bin/pouchdb-server');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

export class TestCouch {
  private child?: ChildProcess;
  readonly dir = mkdtempSync(join(tmpdir(), 'fluenzr-couch-'));
  port = 0;

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** CPU seconds the server has used so far (Linux /proc; 0 elsewhere): the bench tells its share apart. */
  cpuSeconds(): number {
    try {
      const fields = readFileSync(`/proc/${this.child?.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return 0;
    }
  }

  get dbUrl(): string {
    return `${this.origin}/${TEAM_DB}`;
  }

  async start(): Promise<void> {
    this.port ||= await freePort();
    const child = spawn(process.execPath, [BIN, '--host', '127.0.0.1', '--port', String(this.port), '--dir', this.dir, '--config', join(this.dir, 'config.json'), '--no-stdout-logs'], {
      cwd: this.dir,
      stdio: 'ignore',
    });
    this.child = child;
    for (let i = 0; i < 200; i++) {
      if (child.exitCode !== null) throw new Error(`pouchdb-server exited (${child.exitCode})`);
      if (await fetch(this.origin).then((r) => r.ok, () => false)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('pouchdb-server did not start');
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
    this.child = undefined;
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async call(method: string, path: string, body?: unknown, auth = ADMIN): Promise<Response> {
    const res = await fetch(this.origin + path, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Basic ${btoa(`${auth.username}:${auth.password}`)}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok && res.status !== 412) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res;
  }

  /** The admin, the team database, its users and its members (eve is a user but not a member). */
  async setUp(): Promise<void> {
    await fetch(`${this.origin}/_config/admins/${ADMIN.username}`, { method: 'PUT', body: JSON.stringify(ADMIN.password) });
    await this.call('PUT', `/${TEAM_DB}`);
    for (const [name, password] of Object.entries(USERS)) {
      await this.call('PUT', `/_users/org.couchdb.user:${name}`, { name, password, roles: [], type: 'user' });
    }
    await this.call('PUT', `/${TEAM_DB}/_security`, { admins: { names: [], roles: [] }, members: { names: ['alice', 'bob'], roles: [] } });
  }

  /** Another team database with the same members: each test its own team. */
  async newTeamDb(name: string): Promise<string> {
    await this.call('PUT', `/${name}`);
    await this.call('PUT', `/${name}/_security`, { admins: { names: [], roles: [] }, members: { names: ['alice', 'bob'], roles: [] } });
    return `${this.origin}/${name}`;
  }

  async docCount(db = TEAM_DB): Promise<number> {
    return ((await (await this.call('GET', `/${db}`)).json()) as { doc_count: number }).doc_count;
  }
}

/** The live documents of one type in a team database, read as the admin (the e2e count what reached the server). */
export async function liveDocsOf(couch: TestCouch, db: string, type: string): Promise<Array<{ _id: string; body: Record<string, unknown> }>> {
  const res = await fetch(`${couch.origin}/${db}/_all_docs?include_docs=true`, { headers: { authorization: `Basic ${btoa(`${ADMIN.username}:${ADMIN.password}`)}` } });
  const rows = ((await res.json()) as { rows: Array<{ doc?: { _id: string; type?: string; body: Record<string, unknown> } }> }).rows;
  return rows.flatMap((r) => (r.doc?.type === type ? [r.doc] : []));
}
