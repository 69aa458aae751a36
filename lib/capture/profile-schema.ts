import { z } from 'zod';
import { lineText, MAX_TEXT } from '../model';
import { THREAD_LIMITS, type GmailThreadReport } from './gmail-types';
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

export const PageReportSchema = z.object({
  url: z.string().max(4096),
  method: z.enum(['linkedin', 'salesnav', 'gmail', 'page']),
  profile: CapturedProfileSchema.nullable(),
  thread: GmailThreadReportSchema.optional(),
}) satisfies z.ZodType<PageReport>;
