import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageReport } from '../capture/profile';
import type { ListReport } from '../capture/linkedin-list';

/**
 * Every message the background answers: what content scripts report of
 * their page. Each has a zod schema and a sender rule in ./rules.ts; the
 * types of both are checked against this map. Extension pages send no
 * message: they call the service in-page (lib/service, README "Pages and
 * the service").
 */
export interface ProtocolMap {
  reportPage(data: PageReport): void;
  // LinkedIn list pages: the people a list shows.
  reportList(data: ListReport): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>({
  logger: undefined,
});
