import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerMessageHandlers } from '../../../lib/background/router';
import { getDb } from '../../../lib/db/database';
import { MESSAGE_RULES } from '../../../lib/messaging/rules';
import * as service from '../../../lib/service';
import { CONTENT_SCRIPT, sendAs } from '../helpers/runtime';
import { FUZZ, timed } from './budget';

// Messages from the content-script world, through the real router and its
// sender policy: any type (declared or not) with any payload. A page report
// may land in storage.session for its own tab; nothing else is ever written.
interface Wire {
  res?: unknown;
  err?: { message?: string };
}

function send(type: string, data: unknown): Promise<Wire | undefined> {
  const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown, cb: (a: unknown) => void) => void } } }).chrome.runtime;
  return new Promise((resolve) => runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() }, (answer) => resolve(answer as Wire | undefined)));
}

const report = fc.record({
  url: fc.oneof(fc.webUrl(), fc.string({ maxLength: 50 })),
  method: fc.constantFrom('linkedin', 'salesnav', 'gmail', 'page', 'evil'),
  profile: fc.option(fc.dictionary(fc.constantFrom('fullName', 'firstName', 'email', 'linkedinUrl', 'status', 'tags'), fc.oneof(fc.string({ maxLength: 80 }), fc.anything())), { nil: null }),
  thread: fc.option(fc.anything({ maxDepth: 3 }), { nil: undefined }),
});

describe('fuzz: messages from the content-script world (real router)', () => {
  it('is refused, or is a page report stored for its own tab only; the database is never touched', async () => {
    registerMessageHandlers();
    sendAs(CONTENT_SCRIPT);
    const types = fc.oneof(fc.constantFrom(...Object.keys(MESSAGE_RULES), ...Object.keys(service)), fc.string({ maxLength: 20 }));
    const message = fc.oneof(fc.tuple(types, fc.anything({ maxDepth: 3 })), fc.tuple(fc.constant('reportPage'), report));
    await fc.assert(
      fc.asyncProperty(message, async ([type, data]) => {
        const answer = await timed(type, () => send(type, data));
        if (type === 'reportList') {
          // A list page's report lands only under its own tab's key, or is refused as invalid.
          if (answer?.err) expect(answer.err.message).toMatch(/^invalid_message/);
          const stored = await fakeBrowser.storage.session.get(null);
          for (const key of Object.keys(stored)) expect(key.endsWith(':7')).toBe(true);
        } else if (type !== 'reportPage') {
          // Only the two reports are open to content scripts; page operations and undeclared types get no answer at all.
          if (type in MESSAGE_RULES) expect(answer?.err?.message).toBe(`forbidden_sender: ${type}`);
          else expect(answer?.res).toBeUndefined();
        } else if (!answer?.err) {
          const stored = await fakeBrowser.storage.session.get(null);
          for (const key of Object.keys(stored)) expect(key.endsWith(':7')).toBe(true);
          expect(Object.keys(stored)).toContain('page:7');
        } else {
          expect(answer.err.message).toMatch(/^invalid_message/);
        }
        for (const table of ['contacts', 'history', 'suppression', 'pending', 'groups', 'fieldDefs', 'kv']) {
          expect(await getDb().table(table).count(), table).toBe(0);
        }
      }),
      { seed: FUZZ.seed, numRuns: FUZZ.numRuns },
    );
  });
});
