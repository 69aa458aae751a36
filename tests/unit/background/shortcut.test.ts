import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_MS, clearBadgeFor, registerBadgeAlarms } from '../../../lib/background/badge';
import { setTabPage } from '../../../lib/background/page-state';
import { onSaveCommand } from '../../../lib/background/shortcut';
import { getDb } from '../../../lib/db/database';

const page = (profile: Record<string, string> | null, method: 'linkedin' | 'gmail' = 'linkedin') => ({
  url: 'https://www.linkedin.com/in/jane-doe/',
  method,
  profile: profile && { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', linkedinUrl: 'https://www.linkedin.com/in/jane-doe', ...profile },
});

describe('save-profile shortcut', () => {
  it('saves a profile with an email as a contact and confirms on the badge', async () => {
    await setTabPage(3, page({ email: 'jane@acme.com', company: 'Acme' }));
    await onSaveCommand('save-profile', { id: 3 });
    expect(await getDb().contacts.where('email').equals('jane@acme.com').first()).toMatchObject({
      company: 'Acme',
      source: { method: 'linkedin', where: 'https://www.linkedin.com/in/jane-doe/' },
    });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('✓');
  });

  it('puts a profile without email in "To complete"', async () => {
    await setTabPage(4, page({}));
    await onSaveCommand('save-profile', { id: 4 });
    expect(await getDb().contacts.count()).toBe(0);
    expect(await getDb().pending.get('https://www.linkedin.com/in/jane-doe')).toMatchObject({ method: 'linkedin' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('+');
  });

  it('says so when the page holds nobody, and ignores other commands', async () => {
    await setTabPage(5, page(null));
    await onSaveCommand('save-profile', { id: 5 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('–');
    await onSaveCommand('something-else', { id: 6 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('');
  });

  it('clears the badge through an alarm, not a timer in the worker', async () => {
    registerBadgeAlarms();
    await setTabPage(3, page({ email: 'jane@acme.com' }));
    const before = Date.now();
    await onSaveCommand('save-profile', { id: 3 });
    const alarm = await fakeBrowser.alarms.get('badge-clear:3');
    expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(before + BADGE_MS);
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
    await clearBadgeFor('unrelated-alarm');
  });
});

describe('a failed shortcut save says why, later', () => {
  it('keeps the reason in storage.local for the popup, not in the worker', async () => {
    const { readFailedSave } = await import('../../../lib/background/failed-save');
    await setTabPage(7, page(null));
    await onSaveCommand('save-profile', { id: 7 });
    expect(await readFailedSave()).toMatchObject({ via: 'shortcut', reason: 'nothing' });
    await getDb().suppression.put({ hash: await (await import('../../../lib/gdpr/hash')).emailHash('gone@acme.com'), reason: 'erased', at: 1 });
    await setTabPage(8, page({ email: 'gone@acme.com' }));
    await onSaveCommand('save-profile', { id: 8 });
    expect(await readFailedSave()).toMatchObject({ via: 'shortcut', reason: 'erased', email: 'gone@acme.com' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('!');
  });
});
