import { settleLinkedInReport } from '../capture/linkedin';
import type { ProtocolMap } from '../messaging/protocol';
import { setTabPage } from './page-state';
import type { SenderInfo } from '../messaging/rules';
import { statusFromReport } from '../status/from-report';
import { setTabList } from './list-state';

type Handlers = {
  [K in keyof ProtocolMap]: (
    data: Parameters<ProtocolMap[K]>[0],
    sender: SenderInfo,
  ) => Promise<ReturnType<ProtocolMap[K]>>;
};

/** The background's answers; inputs arrive already validated and sender-checked. */
export const handlers: Handlers = {
  async reportPage(raw, sender) {
    const report = settleLinkedInReport(raw);
    // Statuses first: once the page is visible to the popup, they are settled.
    await statusFromReport(report, sender);
    if (sender.tab?.id !== undefined) await setTabPage(sender.tab.id, report);
  },
  async reportList(report, sender) {
    if (sender.tab?.id !== undefined) await setTabList(sender.tab.id, report);
  },
};
