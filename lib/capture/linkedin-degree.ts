import { DEGREE } from './linkedin-lines';

/** Connection degree: 1 = a connection, 2 = a connection's connection, 3 = further (LinkedIn's "3rd+"). */
export type Degree = 1 | 2 | 3;

/**
 * A degree marker as LinkedIn prints it in its UI languages ("• 2nd", "· 1.",
 * "2e", "3rd+", "3º", "2-й", also "2nd degree connection"), with the profile
 * reader's own marker pattern. Anything else (a headline, a name) is no degree.
 */
export function parseDegree(text: string | null | undefined): Degree | undefined {
  const marker = text?.replace(/\s+/g, ' ').trim().replace(/\s+degree(?: connection)?$/i, '');
  return marker && DEGREE.test(marker) ? (Number(/[123]/.exec(marker)![0]) as Degree) : undefined;
}
