/**
 * Shapes of a Gmail thread. Plain types (no zod): the Gmail content script
 * imports them and must stay small; lib/capture/profile-schema.ts validates.
 */
export type ThreadRole = 'sender' | 'recipient';

/** One person as the content script reads them: raw signature lines, parsed later. */
export interface GmailPersonReport {
  email: string;
  name?: string;
  role: ThreadRole;
  roleAddress: boolean;
  /** The lines of this sender's latest signature (bounded), when one was found. */
  signature?: string[];
}

/** What the Gmail content script reports for the open thread. */
export interface GmailThreadReport {
  owner?: string;
  people: GmailPersonReport[];
  /** Failed recipients named in delivery-failure notices of the thread. */
  bounces: string[];
}

/** One person of the thread, with what their address and signature tell. */
export interface GmailPerson {
  email: string;
  name?: string;
  firstName?: string;
  lastName?: string;
  company?: string;
  title?: string;
  phone?: string;
  role: ThreadRole;
  roleAddress: boolean;
}

/** The public result of extractGmailThread. */
export interface GmailThread {
  owner?: string;
  people: GmailPerson[];
  bounces: string[];
}

/** Bounds: a hostile page must not make the report (or storage) grow without limit. */
export const THREAD_LIMITS = {
  people: 200,
  bounces: 50,
  signatureLines: 12,
  lineLength: 200,
  bodyChars: 20_000,
} as const;
