import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol';
import type { MESSAGE_RULES } from './rules';

/** The messages whose rule lets a content script send them (only reportPage). */
export type ContentMessage = {
  [K in keyof typeof MESSAGE_RULES]: 'content' extends (typeof MESSAGE_RULES)[K]['from'][number] ? K : never;
}[keyof typeof MESSAGE_RULES];

/** What @webext-core/messaging v4 answers: the handler's result, or its error serialized. */
interface WireAnswer {
  res?: unknown;
  err?: { message?: string };
}

let nextId = Math.floor(Math.random() * 10_000);

/**
 * sendMessage for content scripts, without @webext-core/messaging's listener
 * side and error serializer (~2.6 KB of every content script). It speaks the
 * same wire format: `{ id, type, data, timestamp }` out, `{ res }` or `{ err }`
 * back, so the background's onMessage answers it unchanged
 * (tests/unit/messaging/send.test.ts checks it against the real listener).
 */
export function sendMessage<K extends ContentMessage>(type: K, data: GetDataType<ProtocolMap[K]>): Promise<GetReturnType<ProtocolMap[K]>> {
  const message = { id: nextId++, type, data, timestamp: Date.now() };
  return new Promise((resolve, reject) =>
    chrome.runtime.sendMessage(message, (answer?: WireAnswer) => {
      if (chrome.runtime.lastError) return reject(new Error(chrome.runtime.lastError.message));
      if (!answer) return reject(new Error('No response'));
      // Name, message, stack and any extra fields (a refusal code) come back on an Error, as with the library.
      if (answer.err != null) return reject(Object.assign(new Error(answer.err.message), answer.err));
      resolve(answer.res as GetReturnType<ProtocolMap[K]>);
    }),
  );
}
