/** Connection degree: 1 = a connection, 2 = a connection's connection, 3 = further (LinkedIn's "3rd+"). */
export type Degree = 1 | 2 | 3;

/**
 * A degree marker as LinkedIn prints it, in its UI languages: "• 2nd",
 * "· 1.", "2e", "3rd+", "3º", "2-й", "1er", "2nd degree connection".
 * Anything else (a headline, a name) is not a degree.
 */
const MARKER = /^[·•\s]*([123])\s*(?:st|nd|rd|th|e|er|re|ère|ème|è|º|°|\.|-?й|-?я)?\s*\+?(?:\s+degree(?:\s+connection)?)?$/iu;

export function parseDegree(text: string | null | undefined): Degree | undefined {
  const match = text ? MARKER.exec(text.replace(/\s+/g, ' ').trim()) : null;
  return match ? (Number(match[1]) as Degree) : undefined;
}
