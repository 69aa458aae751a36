import { useLiveQuery } from 'dexie-react-hooks';
import { findByEmail } from '../../lib/contacts/repository';
import { countSamples } from '../../lib/contacts/samples';
import { contactDossier } from '../../lib/gdpr/access';
import { countPastRetention, pastRetentionPage, retentionCutoff } from '../../lib/gdpr/retention';
import { suppressionOf } from '../../lib/gdpr/suppression';
import { countBounced } from '../../lib/quality/bounces';

/** Named live reads of the Privacy section and the samples. */

/** A contact's access-request dossier (null: no such contact); undefined while loading. */
export function useDossier(id: number) {
  return useLiveQuery(() => contactDossier(id).then((d) => d ?? null), [id]);
}

/** What the base holds for one email: the contact and its suppression entry. */
export function useEmailLookup(email: string | undefined) {
  return useLiveQuery(
    async () => (email ? { contact: (await findByEmail(email)) ?? null, suppression: (await suppressionOf(email)) ?? null } : undefined),
    [email],
  );
}

/** One page of the contacts past the retention period (none when retention is off). */
export function useRetentionPage(months: number | undefined, archived: 0 | 1, page: number, size: number) {
  return useLiveQuery(async () => {
    if (!months) return undefined;
    const cutoff = retentionCutoff(Date.now(), months);
    const [total, contacts] = await Promise.all([countPastRetention(cutoff, archived), pastRetentionPage(cutoff, page, size, archived)]);
    return { cutoff, total, contacts };
  }, [months, archived, page, size]);
}

export function useBouncedCount(): number | undefined {
  return useLiveQuery(() => countBounced(), []);
}

export function useSampleCount(): number | undefined {
  return useLiveQuery(() => countSamples(), []);
}
