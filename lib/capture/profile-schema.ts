import { z } from '../zod';
import { lineText, MAX_TEXT } from '../model';
import { THREAD_LIMITS, type GmailThreadReport } from './gmail-types';
import type { LinkedInFacts } from './linkedin-facts';
import type { CapturedProfile, PageReport } from './profile';

const text = lineText(MAX_TEXT).optional();

export const CapturedProfileSchema = z.object({
  fullName: lineText(MAX_TEXT).pipe(z.string().min(1)),
  firstName: text,
  lastName: text,
  title: text,
  company: text,
  headline: text,
  location: text,
  email: z.string().trim().max(254).optional(),
  phone: z.string().trim().max(64).optional(),
  website: z.string().trim().max(2048).optional(),
  linkedinUrl: z.string().trim().max(2048).optional(),
  honorific: z.string().trim().max(40).optional(),
  uncertain: z.array(z.enum(['firstName', 'lastName', 'title', 'company', 'location'])).max(5).optional(),
}) satisfies z.ZodType<CapturedProfile>;

const lines = z.array(z.string().max(THREAD_LIMITS.lineLength)).max(THREAD_LIMITS.signatureLines);

export const GmailThreadReportSchema = z.object({
  owner: z.string().trim().max(254).optional(),
  people: z
    .array(
      z.object({
        email: z.string().trim().max(254),
        name: z.string().trim().max(200).optional(),
        role: z.enum(['sender', 'recipient']),
        roleAddress: z.boolean(),
        signature: lines.optional(),
      }),
    )
    .max(THREAD_LIMITS.people),
  bounces: z.array(z.string().trim().max(254)).max(THREAD_LIMITS.bounces),
}) satisfies z.ZodType<GmailThreadReport>;

const line = z.string().max(MAX_TEXT);
const opt = line.optional();

/** What the LinkedIn content script read (lib/capture/linkedin-facts.ts); the background makes the profile. */
export const LinkedInFactsSchema = z.object({
  salesNav: z.boolean(),
  displayName: z.string().max(MAX_TEXT),
  split: z.object({ firstName: line, lastName: opt }).optional(),
  structured: z.object({ name: opt, title: opt, company: opt, location: opt, url: z.string().max(2048).optional(), headline: opt }).optional(),
  headline: opt,
  lines: z.object({ lines: z.array(line).max(8), endsAtContact: z.boolean() }).optional(),
  labels: z.array(z.string().max(1000)).max(20),
  positions: z.array(z.object({ title: opt, company: opt, current: z.boolean() })).max(10),
  lead: z.object({ title: opt, company: opt, location: opt }).optional(),
  classLocation: opt,
  contact: z.object({ email: z.string().max(254).optional(), phone: z.string().max(64).optional(), website: z.string().max(2048).optional() }),
  linkedinUrl: z.string().max(2048).optional(),
}) satisfies z.ZodType<LinkedInFacts>;

export const PageReportSchema = z.object({
  url: z.string().max(4096),
  method: z.enum(['linkedin', 'salesnav', 'gmail', 'page']),
  profile: CapturedProfileSchema.nullable(),
  thread: GmailThreadReportSchema.optional(),
  linkedin: LinkedInFactsSchema.optional(),
}) satisfies z.ZodType<PageReport>;
