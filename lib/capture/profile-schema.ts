import { z } from 'zod';
import { MAX_TEXT } from '../model';
import type { CapturedProfile, PageReport } from './profile';

const text = z.string().trim().max(MAX_TEXT).optional();

export const CapturedProfileSchema = z.object({
  fullName: z.string().trim().min(1).max(MAX_TEXT),
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

export const PageReportSchema = z.object({
  url: z.string().max(4096),
  method: z.enum(['linkedin', 'salesnav', 'gmail', 'page']),
  profile: CapturedProfileSchema.nullable(),
}) satisfies z.ZodType<PageReport>;
