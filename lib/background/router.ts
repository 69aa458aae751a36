import { browser } from 'wxt/browser';
import { onMessage, type ProtocolMap } from '../messaging/protocol';
import { classifySender, MESSAGE_RULES } from '../messaging/rules';
import { guardStorage } from '../db/storage-errors';
import { handlers } from './handlers';

export class MessageRefused extends Error {
  constructor(readonly code: 'forbidden_sender' | 'invalid_message', detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'MessageRefused';
  }
}

/** Register every handler behind its zod schema and sender rule. */
export function registerMessageHandlers(): void {
  const extensionId = browser.runtime.id;
  const extensionOrigin = browser.runtime.getURL('/');
  for (const type of Object.keys(MESSAGE_RULES) as Array<keyof ProtocolMap>) {
    const rule = MESSAGE_RULES[type];
    onMessage(type, async (message) => {
      const kind = classifySender(message.sender, extensionId, extensionOrigin);
      if (!kind || !(rule.from as readonly string[]).includes(kind)) {
        throw new MessageRefused('forbidden_sender', type);
      }
      const parsed = rule.input.safeParse(message.data);
      if (!parsed.success) throw new MessageRefused('invalid_message', parsed.error.issues[0]?.message);
      const handler = handlers[type] as (data: unknown, sender: typeof message.sender) => Promise<unknown>;
      // A full disk reaches every caller as the one clear code "storage_full".
      const answer = await guardStorage(() => handler(parsed.data, message.sender));
      return answer as never;
    });
  }
}
