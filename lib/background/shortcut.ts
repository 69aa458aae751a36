import { browser } from 'wxt/browser';
import { draftFromProfile } from '../capture/draft';
import { savePending } from '../contacts/pending';
import { upsertByEmail } from '../contacts/repository';
import { showBadge, type BadgeKind } from './badge';
import { failReasonOf, recordFailedSave, type FailReason } from './failed-save';
import { getTabPage } from './page-state';

/** Declared in wxt.config.ts (manifest "commands"). */
export const SAVE_PROFILE_COMMAND = 'save-profile';

/**
 * Save what the tab's content script last reported (read from
 * storage.session, not from memory): with an email it becomes a contact,
 * without one a LinkedIn profile goes to "To complete".
 */
export async function saveTabProfile(tabId: number): Promise<{ kind: BadgeKind; reason?: FailReason; email?: string }> {
  const page = await getTabPage(tabId);
  const profile = page?.profile;
  if (!page || !profile) return { kind: 'nothing', reason: 'nothing' };
  if (profile.email) {
    const draft = draftFromProfile(profile, profile.email, page.url, page.method);
    const result = await upsertByEmail(draft, { policy: 'refresh', pendingKey: profile.linkedinUrl });
    const reason = failReasonOf(result);
    return reason ? { kind: 'refused', reason, email: profile.email } : { kind: 'saved' };
  }
  if (page.method !== 'linkedin' && page.method !== 'salesnav') return { kind: 'nothing', reason: 'nothing' };
  await savePending({ profile, sourceUrl: page.url, method: page.method });
  return { kind: 'pending' };
}

export async function onSaveCommand(command: string, tab?: { id?: number }): Promise<void> {
  if (command !== SAVE_PROFILE_COMMAND) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const outcome = await saveTabProfile(tabId).catch((error: unknown) => {
    // The badge says "not saved"; the cause (a full disk, a broken database) goes to the worker's console.
    console.error('FluenzR: saving from the shortcut failed', error);
    return { kind: 'refused' as const, reason: 'error' as const, email: undefined };
  });
  // The badge can only say "!": the reason waits for the popup (a banner, with what to do).
  if (outcome.reason) await recordFailedSave({ at: Date.now(), via: 'shortcut', reason: outcome.reason, ...(outcome.email ? { email: outcome.email } : {}) });
  await showBadge(tabId, outcome.kind);
}

export function registerShortcut(): void {
  // A tab closed meanwhile makes the badge call fail: nothing left to confirm then.
  browser.commands?.onCommand.addListener((command, tab) => void onSaveCommand(command, tab).catch(() => undefined));
}
