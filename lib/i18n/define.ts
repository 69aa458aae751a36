/** An area's strings: French must have exactly the keys English has. */
export function defineMessages<const K extends string>(messages: {
  en: Record<K, string>;
  fr: Record<NoInfer<K>, string>;
}) {
  return messages;
}
