import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractLinkedInProfile, settleLinkedInReport } from '../../../lib/capture/linkedin';
import { createLinkedInReader } from '../../../lib/capture/linkedin-page';
import type { PageReport } from '../../../lib/capture/profile';
import { watchPage } from '../../../lib/capture/watch-page';
import { loadFixture } from './fixtures';

const sent: PageReport[] = [];
vi.mock('../../../lib/messaging/send', () => ({
  sendMessage: async (_type: string, report: PageReport) => {
    // As the background sees it: the profile made from the content script's facts.
    sent.push(JSON.parse(JSON.stringify(settleLinkedInReport(report))));
  },
}));

/** Just enough of WXT's context: timers, listeners, invalidation. */
function fakeContext() {
  const handlers: Record<string, (event: { newUrl: URL }) => void> = {};
  const ctx = {
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) as unknown as number,
    addEventListener: (_target: unknown, type: string, handler: (event: { newUrl: URL }) => void) => {
      handlers[type] = handler;
    },
    onInvalidated: () => () => undefined,
  };
  return { ctx: ctx as unknown as ContentScriptContext, navigate: (url: string) => handlers['wxt:locationchange']!({ newUrl: new URL(url) }) };
}

const happyDOM = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;

afterEach(() => {
  sent.length = 0;
  vi.useRealTimers();
});

describe('watchPage on LinkedIn', () => {
  it('reports the profile, then a blank for a new URL at once, then the new person once rendered', async () => {
    vi.useFakeTimers();
    happyDOM.setURL('https://www.linkedin.com/in/jane-doe/');
    document.body.replaceChildren(...Array.from(loadFixture('classic-logged-in.html').body.childNodes).map((n) => document.importNode(n, true)));
    const { ctx, navigate } = fakeContext();
    watchPage(ctx, createLinkedInReader());
    expect(sent.at(-1)?.profile?.fullName).toBe('Jane Doe');

    happyDOM.setURL('https://www.linkedin.com/in/marc-lefevre-8a2b3c/');
    navigate('https://www.linkedin.com/in/marc-lefevre-8a2b3c/');
    expect(sent.at(-1)).toEqual({ url: 'https://www.linkedin.com/in/marc-lefevre-8a2b3c/', method: 'linkedin', profile: null });

    // The old card is still on screen: re-reads keep reporting nothing for the new URL.
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent.filter((r) => r.url.includes('marc') && r.profile)).toEqual([]);

    document.body.replaceChildren(...Array.from(loadFixture('generated-classes.html').body.childNodes).map((n) => document.importNode(n, true)));
    await vi.advanceTimersByTimeAsync(300);
    expect(sent.at(-1)?.profile).toMatchObject({ fullName: 'Marc Lefèvre', title: 'Head of Partnerships' });
    expect(sent.filter((r) => r.url.includes('marc') && r.profile?.fullName === 'Jane Doe')).toEqual([]);
  });

  it('blanks the new URL at once, even before location.href has changed (Navigation API fires first)', () => {
    happyDOM.setURL('https://www.linkedin.com/in/jane-doe/');
    document.body.replaceChildren(...Array.from(loadFixture('classic-logged-in.html').body.childNodes).map((n) => document.importNode(n, true)));
    const { ctx, navigate } = fakeContext();
    // A reader without the stale-card guard: the blank must come from watchPage itself.
    watchPage(ctx, (doc, url) => ({ url, method: 'linkedin', profile: extractLinkedInProfile(doc, url) }));
    navigate('https://www.linkedin.com/in/marc-lefevre-8a2b3c/');
    expect(sent.at(-1)).toEqual({ url: 'https://www.linkedin.com/in/marc-lefevre-8a2b3c/', method: 'linkedin', profile: null });
  });
});
