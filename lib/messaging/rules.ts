import type { z } from 'zod';
import { PageReportSchema } from '../capture/profile-schema';
import type { ProtocolMap } from './protocol';
import { ListReportSchema } from '../capture/list-schema';

export type SenderKind = 'extension' | 'content';

interface Rule {
  /** Who may send it: content scripts may only report their page. */
  from: readonly SenderKind[];
  input: z.ZodType;
}

/**
 * A compromised LinkedIn or Gmail page drives its content script, which
 * must not read the base or write a contact: it may only report what its
 * page shows. Reading and writing the base is not a message at all; only
 * extension pages, which share the extension origin's IndexedDB, do it.
 */
export const MESSAGE_RULES = {
  reportPage: { from: ['content'], input: PageReportSchema },
  reportList: { from: ['content'], input: ListReportSchema },
} satisfies Record<keyof ProtocolMap, Rule>;

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * Classify a sender. Only this extension's own contexts are trusted at all;
 * a sender whose URL is one of our pages is an extension page, anything else
 * with a tab is one of our content scripts running in a web page.
 */
export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  if (sender.url?.startsWith(extensionOrigin)) return 'extension';
  if (sender.tab?.id !== undefined) return 'content';
  return null;
}
