import { z } from '../zod';
import { CapturedProfileSchema } from '../capture/profile-schema';
import { PendingBatchSchema } from '../capture/list-schema';
import { EmailSchema } from '../model';
import { completePending as complete, removePending as remove, savePending as save } from '../contacts/pending';
import { savePendingBatch as saveBatch } from '../contacts/pending-batch';
import { operation } from './operation';

/** "To complete": LinkedIn profiles saved without an email, run in-page like every page operation. */
const linkedinUrl = z.string().min(1).max(2048);

export const savePending = /*#__PURE__*/ operation(
  z.object({ profile: CapturedProfileSchema, sourceUrl: z.string().max(4096), method: z.enum(['linkedin', 'salesnav']) }),
  (input) => save(input),
);
export const completePending = /*#__PURE__*/ operation(z.object({ linkedinUrl, email: EmailSchema }), ({ linkedinUrl, email }) => complete(linkedinUrl, email));
export const removePending = /*#__PURE__*/ operation(z.object({ linkedinUrl }), ({ linkedinUrl }) => remove(linkedinUrl));
/** The ticked people of a list page, in one transaction. */
export const savePendingBatch = /*#__PURE__*/ operation(PendingBatchSchema, (input) => saveBatch(input));
