import type { PageReport } from '../capture/profile';
import type { SenderInfo } from '../messaging/rules';
import { applyThreadStatuses, type AutoChange } from './auto-status';

/**
 * Run the status automation on what the Gmail content script reported.
 * Only reports sent from Gmail itself count; a failure never fails the report.
 */
export async function statusFromReport(report: PageReport, sender: SenderInfo): Promise<AutoChange[]> {
  if (!report.thread || report.method !== 'gmail' || !sender.url?.startsWith('https://mail.google.com/')) return [];
  try {
    return await applyThreadStatuses(report.thread, report.url);
  } catch (error) {
    console.warn('FluenzR: automatic status update failed', error);
    return [];
  }
}
