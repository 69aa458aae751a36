import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { callService } from '../../../tests/hardening/page-service';
import { TestCouch, USERS } from '../../../tests/support/pouchdb-server';
import { grantedLoopbackBuild, teamMachine, turnTeamSyncOn, type Machine } from '../../../tests/e2e/support/team';
import { benchPageScript } from '../browser';
import { median, round } from '../stats';
import type { Figure } from '../types';
import type { SyncTimings } from '../../../lib/sync/timings';

const EDITS = 5;

function count(page: Page, store: string): Promise<number> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('fluenzr');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const n = await new Promise<number>((resolve, reject) => {
      const request = db.transaction(name, 'readonly').objectStore(name).count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return n;
  }, store);
}

/** A contact's title in a profile, read through the email index. */
function titleOn(page: Page, email: string): Promise<string | undefined> {
  return page.evaluate(async (address) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('fluenzr');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const row = await new Promise<{ title?: string } | undefined>((resolve, reject) => {
      const request = db.transaction('contacts', 'readonly').objectStore('contacts').index('email').get(address);
      request.onsuccess = () => resolve(request.result as { title?: string } | undefined);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return row?.title;
  }, email);
}

/** Start (or restart) the bench-only sub-timings in a page (lib/sync/timings.ts). */
async function startTimings(page: Page): Promise<void> {
  await page.evaluate(() => void ((globalThis as { __fluenzrSyncTimings?: SyncTimings }).__fluenzrSyncTimings = {}));
}

function readTimings(page: Page): Promise<SyncTimings> {
  return page.evaluate(() => (globalThis as { __fluenzrSyncTimings?: SyncTimings }).__fluenzrSyncTimings ?? {});
}

/** "step total s in n calls (items), done at +t s" for each step, from `since` (epoch ms). */
function describeTimings(timings: SyncTimings, since: number): string {
  return Object.entries(timings)
    .map(([step, t]) => `${step} ${round(t.ms / 1000, 1)} s in ${t.n} (${t.items}), done at +${round(((t.lastBusy || t.last) - since) / 1000, 1)} s`)
    .join(', ');
}

/**
 * With FLUENZR_BENCH_PROFILE=<folder>, a CPU profile (Chrome DevTools) of a
 * page during one phase, written there as <name>.cpuprofile; otherwise nothing.
 */
async function profiled<T>(page: Page, name: string, run: () => Promise<T>): Promise<T> {
  const folder = process.env.FLUENZR_BENCH_PROFILE;
  if (!folder) return run();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  try {
    return await run();
  } finally {
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${name}.cpuprofile`), JSON.stringify(profile));
    await cdp.detach();
  }
}

/**
 * CPU seconds per kind of process started by this benchmark (Linux /proc; other work on the machine is left out):
 * chromium's browser (IndexedDB runs there), renderers (the pages), other utilities, node (pouchdb-server).
 */
function processCpu(): Map<string, number> {
  const stats = new Map<number, { ppid: number; cpu: number; cmd: string[] }>();
  for (const dir of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const fields = readFileSync(`/proc/${dir}/stat`, 'utf8').split(') ')[1]!.split(' ');
      stats.set(Number(dir), { ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / 100, cmd: readFileSync(`/proc/${dir}/cmdline`, 'utf8').split(/[\0 ]/) });
    } catch {
      // A process that ended meanwhile.
    }
  }
  const ours = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 20; p = stats.get(p)?.ppid ?? 0, hops++) if (p === process.pid) return true;
    return false;
  };
  const out = new Map<string, number>();
  for (const [pid, { cpu, cmd }] of stats) {
    if (pid === process.pid || !ours(pid)) continue;
    const type = cmd.find((a) => a.startsWith('--type='))?.slice(7);
    const sub = cmd.find((a) => a.startsWith('--utility-sub-type='))?.slice(19);
    const name = cmd.some((a) => a.includes('pouchdb-server')) ? 'pouchdb-server' : /chrom/i.test(cmd[0] ?? '') ? `chromium ${type ?? 'browser'}${sub ? ` ${sub}` : ''}` : '';
    if (name) out.set(name, (out.get(name) ?? 0) + cpu);
  }
  return out;
}

function cpuDiff(before: Map<string, number>, after: Map<string, number>): string {
  return [...after].map(([name, s]) => [name, s - (before.get(name) ?? 0)] as const).filter(([, s]) => s > 0.2).map(([name, s]) => `${name} ${round(s, 1)}`).join(', ');
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/**
 * Team sync on loopback, through pouchdb-server: profile A holds the
 * synthetic contacts and turns sync on (its upload is shown); then a new,
 * empty profile B turns sync on: click → every contact in B's base is the
 * first sync (target 60 s at 100,000). Then edits on A, each timed until B
 * shows it with live sync (target 2 s). Both profiles load the build with the
 * loopback origin granted (tests/e2e/support/team.ts).
 */
export const teamSync: Figure = {
  id: 'team-sync',
  async measure(bench) {
    const couch = new TestCouch();
    await couch.start();
    await couch.setUp();
    const extension = grantedLoopbackBuild();
    const machines: Machine[] = [];
    try {
      const a = await teamMachine(extension, couch);
      machines.push(a);
      const script = await benchPageScript();
      await a.options.evaluate(script);
      await a.options.evaluate((n) => globalThis.__fluenzrBench.seed(n), bench.contactCount);
      const n = await count(a.options, 'contacts');
      const cpu0 = processCpu();
      const upStarted = Date.now();
      const cpuAtStart = couch.cpuSeconds();
      await startTimings(a.options);
      const uploaded = await profiled(a.options, 'upload-a', async () => {
        await turnTeamSyncOn(a, couch.dbUrl, 'alice', USERS.alice);
        return until(async () => (await count(a.options, 'outbox')) === 0 && (await couch.docCount()) >= n, 1_800_000);
      });
      const upload = Date.now() - upStarted;
      const aSteps = describeTimings(await readTimings(a.options), upStarted);
      const cpuUp = couch.cpuSeconds() - cpuAtStart;
      const cpu1 = processCpu();

      const b = await teamMachine(extension, couch);
      machines.push(b);
      const downStarted = Date.now();
      await startTimings(b.options);
      const arrived = await profiled(b.options, 'first-sync-b', async () => {
        await turnTeamSyncOn(b, couch.dbUrl, 'bob', USERS.bob);
        return until(async () => (await count(b.options, 'contacts')) >= n, 1_800_000);
      });
      const first = Date.now() - downStarted;
      const bSteps = describeTimings(await readTimings(b.options), downStarted);
      const cpuDown = couch.cpuSeconds() - cpuAtStart - cpuUp;
      const cpu2 = processCpu();
      const times: number[] = [];
      // Per edit, when each step last handled it (ms after the edit): A mirrored and pushed it, B pulled and applied it.
      const stages: Record<string, number[]> = { mirrored: [], pushed: [], pulled: [], applied: [] };
      for (let i = 0; i < EDITS && arrived; i++) {
        const title = `Bench title ${i}`;
        await startTimings(a.options);
        await startTimings(b.options);
        const started = Date.now();
        const answer = await callService(a.options, 'updateContact', { id: 1 + i, patch: { title } });
        if (answer.err) throw new Error(answer.err.message);
        const email = ((answer.res as { email?: string } | undefined)?.email) ?? '';
        const seen = await until(() => titleOn(b.options, email).then((t) => t === title), 30_000);
        times.push(seen ? Date.now() - started : Infinity);
        const [onA, onB] = [await readTimings(a.options), await readTimings(b.options)];
        const at = (t: SyncTimings, step: string) => (t[step]?.lastBusy ? Math.round(t[step].lastBusy - started) : NaN);
        stages.mirrored!.push(at(onA, 'mirror'));
        stages.pushed!.push(at(onA, 'push'));
        stages.pulled!.push(at(onB, 'pull'));
        stages.applied!.push(at(onB, 'apply'));
      }
      const editSteps = Object.entries(stages)
        .map(([stage, list]) => `${stage} +${round(median(list.filter(Number.isFinite)))}`)
        .join(', ');
      const outside = machines.flatMap((m) => m.outside);
      const outsideNote = outside.length ? `; outside requests: ${outside.slice(0, 3).join(' ')}` : '';
      const note = `${n.toLocaleString('en')} contacts; B: ${bSteps}; server CPU ${round(cpuDown, 1)} s; CPU s: ${cpuDiff(cpu1, cpu2)}${outsideNote}`;
      const editNote = `edits ${times.join(', ')} ms; medians, ms after the edit: ${editSteps}`;
      return [
        {
          figure: `team sync: upload of ${n.toLocaleString('en')} contacts from the first profile`,
          value: uploaded ? round(upload / 1000, 1) : null,
          unit: 's',
          target: null,
          note: `${aSteps}; server CPU ${round(cpuUp, 1)} s; CPU s: ${cpuDiff(cpu0, cpu1)}`,
          failed: !uploaded,
        },
        { figure: `team sync: first sync of ${n.toLocaleString('en')} contacts to a new profile`, value: arrived ? round(first / 1000, 1) : null, unit: 's', target: 60, note, failed: !uploaded || !arrived || outside.length > 0 },
        { figure: 'team sync: one edit visible on the other profile (live), median', value: times.length ? round(median(times)) : null, unit: 'ms', target: 2000, note: editNote, failed: !times.length || times.some((t) => !Number.isFinite(t)) },
      ];
    } finally {
      for (const m of machines) {
        await m.context.close();
        rmSync(m.profile, { recursive: true, force: true });
      }
      await couch.dispose();
      rmSync(extension, { recursive: true, force: true });
    }
  },
};
