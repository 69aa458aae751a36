import { z } from '../zod';
import { CapturedProfileSchema } from './profile-schema';
import { MAX_PER_PAGE, type ListedPerson, type ListReport } from './linkedin-list';
import { MAX_BATCH } from './list-limits';

const profileUrl = z.string().trim().regex(/^https:\/\/www\.linkedin\.com\/in\/[^/?#\s]+$/).max(2048);
const leadUrl = z.string().trim().regex(/^https:\/\/www\.linkedin\.com\/sales\/(lead|people)\/[^?#\s]+$/).max(2048);

/** One listed person as a content script or a page sends it: names and role only, never status, tags or groups. */
export const ListedPersonSchema = CapturedProfileSchema.pick({ fullName: true, firstName: true, lastName: true, title: true, company: true, headline: true, location: true })
  .extend({
    degree: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
    linkedinUrl: profileUrl.optional(),
    leadUrl: leadUrl.optional(),
  })
  .strict()
  .refine((p) => p.linkedinUrl || p.leadUrl, 'profile_or_lead_url_required') satisfies z.ZodType<ListedPerson>;

/** What a list page's content script last read. */
export const ListReportSchema = z.object({
  url: z.string().max(4096),
  people: z.array(ListedPersonSchema).max(MAX_PER_PAGE),
}) satisfies z.ZodType<ListReport>;

export const PendingBatchSchema = z.object({
  people: z.array(ListedPersonSchema).min(1).max(MAX_BATCH),
  sourceUrl: z.string().max(4096),
  tag: z.string().trim().min(1).max(64).optional(),
  groupId: z.number().int().positive().optional(),
});

export type PendingBatchInput = z.infer<typeof PendingBatchSchema>;
