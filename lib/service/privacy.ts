import { z } from '../zod';
import { liftSuppression as lift } from '../gdpr/suppression';
import { cleanBounces as clean } from '../quality/bounces';
import { operation } from './operation';

/** Lifting an unsubscribe needs the confirmed new consent and its note, on the record. */
export const liftSuppression = /*#__PURE__*/ operation(
  z.object({ email: z.string().max(254), consentConfirmed: z.literal(true), note: z.string().trim().min(1).max(500) }),
  ({ email, consentConfirmed, note }) => lift(email, { consentConfirmed, note }),
);
export const cleanBounces = /*#__PURE__*/ operation(z.object({ action: z.enum(['archive', 'delete']) }), ({ action }) => clean(action));
