/**
 * What a page extractor reports about the person on the page. Plain types
 * (no zod) because content scripts import this and must stay small; the
 * background validates with CapturedProfileSchema.
 */
export interface CapturedProfile {
  fullName: string;
  firstName?: string;
  lastName?: string;
  title?: string;
  company?: string;
  headline?: string;
  location?: string;
  email?: string;
  phone?: string;
  /** A website the person listed (contact-info overlay): hints at the company's email domain. */
  website?: string;
  /** Canonical https://www.linkedin.com/in/<slug> when known. */
  linkedinUrl?: string;
  /** "Dr.", "Prof.", "Me", "Ing." as the page wrote it, kept out of the name. */
  honorific?: string;
  /** Fields the extractor guessed (from the headline, or where the page's sources disagree): the user checks them. */
  uncertain?: UncertainField[];
}

export type UncertainField = 'firstName' | 'lastName' | 'title' | 'company' | 'location';

import type { GmailThreadReport } from './gmail-types';
import type { LinkedInFacts } from './linkedin-facts';

export type CaptureMethod = 'linkedin' | 'salesnav' | 'gmail' | 'page';

/** What the content script of a tab last saw; null profile = nothing to capture. */
export interface PageReport {
  url: string;
  method: CaptureMethod;
  profile: CapturedProfile | null;
  /** Gmail: the open thread's people and bounces (absent when no thread is open). */
  thread?: GmailThreadReport;
  /** LinkedIn: what the page says, for the background to make `profile` from (content script stays small). */
  linkedin?: LinkedInFacts;
}
