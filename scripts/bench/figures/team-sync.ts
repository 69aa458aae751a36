import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { callService } from '../../../tests/hardening/page-service';
import { TestCouch, USERS } from '../../../tests/support/pouchdb-server';
import { grantedLoopbackBuild, teamMachine, turnTeamSyncOn, type Machine } from '../../../tests/e2e/support/team';
import { benchPageScript } from '../browser';
import { median, round } from '../stats';
import type { Figure } from '../types';

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
      const upStarted = Date.now();
      await turnTeamSyncOn(a, couch.dbUrl, 'alice', USERS.alice);
      const uploaded = await until(async () => (await count(a.options, 'outbox')) === 0 && (await couch.docCount()) >= n, 600_000);
      const upload = Date.now() - upStarted;

      const b = await teamMachine(extension, couch);
      machines.push(b);
      const downStarted = Date.now();
      await turnTeamSyncOn(b, couch.dbUrl, 'bob', USERS.bob);
      const arrived = await until(async () => (await count(b.options, 'contacts')) >= n, 600_000);
      const first = Date.now() - downStarted;

      const times: number[] = [];
      for (let i = 0; i < EDITS && arrived; i++) {
        const title = `Bench title ${i}`;
        const started = Date.now();
        const answer = await callService(a.options, 'updateContact', { id: 1 + i, patch: { title } });
        if (answer.err) throw new Error(answer.err.message);
        const email = ((answer.res as { email?: string } | undefined)?.email) ?? '';
        const seen = await until(() => titleOn(b.options, email).then((t) => t === title), 30_000);
        times.push(seen ? Date.now() - started : Infinity);
      }
      const outside = machines.flatMap((m) => m.outside);
      const note = `${n.toLocaleString('en')} contacts; A's upload ${round(upload / 1000, 1)} s; edits ${times.join(', ')} ms${outside.length ? `; outside requests: ${outside.slice(0, 3).join(' ')}` : ''}`;
      return [
        { figure: `team sync: first sync of ${n.toLocaleString('en')} contacts to a new profile`, value: arrived ? round(first / 1000, 1) : null, unit: 's', target: 60, note, failed: !uploaded || !arrived || outside.length > 0 },
        { figure: 'team sync: one edit visible on the other profile (live), median', value: times.length ? round(median(times)) : null, unit: 'ms', target: 2000, note, failed: !times.length || times.some((t) => !Number.isFinite(t)) },
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
