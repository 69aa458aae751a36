/**
 * Gmail's markup, in one place. Gmail changes class names now and then:
 * each selector says which part of the page it serves, with fallbacks.
 */
export const GMAIL = {
  /** The conversation pane (fallback: the whole body). */
  main: '[role="main"]',
  /** One message of the thread: expanded (.adn, data-message-id) or collapsed (.kv, .kQ). */
  message: 'div.adn, div[data-message-id], div.kv, div.kQ',
  /** The sender in a message header: expanded (.gD), collapsed (.yP, .zF). */
  sender: 'span.gD[email], span.yP[email], span.zF[email]',
  /** Recipients shown in an expanded header ("to me, Jane, Marc"). */
  recipient: 'span.g2[email]',
  /** Any address Gmail marks up, for the last-resort strategy. */
  anyAddress: 'span[email]',
  /** A message body: never trusted for people (a sender controls its HTML). */
  body: 'div.a3s',
  /** Rows of the thread list, which stays in the DOM behind an open thread. */
  listRow: 'tr.zA',
  /** The signature block Gmail inserts for its users. */
  signature: '.gmail_signature, [data-smartmail="gmail_signature"]',
  /** The account button, whose label names the mailbox owner. */
  account: 'a[aria-label*="@"]',
} as const;

/** The thread id of a Gmail URL (#inbox/FMfcgz…, #label/x/…, #search/q/…), if one is open. */
export function gmailThreadId(url: string): string | undefined {
  const hash = url.split('#')[1];
  if (!hash) return undefined;
  const last = hash.split('?')[0]!.split('/').pop() ?? '';
  return /^[A-Za-z0-9_-]{16,}$/.test(last) ? last : undefined;
}
