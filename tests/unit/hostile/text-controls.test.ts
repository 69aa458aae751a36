import { describe, expect, it } from 'vitest';
import { CapturedProfileSchema } from '../../../lib/capture/profile-schema';
import { ContactDraftSchema, ContactPatchSchema } from '../../../lib/model';
import { draft } from '../helpers/drafts';

// Finding 8, second bullet: NUL and bidi-override characters were kept in names.
const NUL = '\u0000';
const RLO = '\u202E';
const ISOLATE = '\u2066';

describe('control characters at the model boundary', () => {
  it('strips NUL, other C0 controls and bidi overrides from names and text fields', () => {
    const parsed = ContactDraftSchema.parse(
      draft({ firstName: `Ja${NUL}ne`, lastName: `${RLO}eoD`, company: `Ac${ISOLATE}me\u0007`, title: `VP\u202D Sales`, tags: [`vi${NUL}p`] }),
    );
    expect(parsed).toMatchObject({ firstName: 'Jane', lastName: 'eoD', company: 'Acme', title: 'VP Sales', tags: ['vip'] });
  });

  it('keeps letters of every script, and the marks right-to-left names need', () => {
    const parsed = ContactDraftSchema.parse(draft({ firstName: 'Zoë', lastName: 'عبد الله\u200F', company: 'Müller & Söhne' }));
    expect(parsed).toMatchObject({ firstName: 'Zoë', lastName: 'عبد الله\u200F', company: 'Müller & Söhne' });
  });

  it('cleans user edits and page reports the same way', () => {
    expect(ContactPatchSchema.parse({ firstName: `${RLO}Mallory` }).firstName).toBe('Mallory');
    expect(CapturedProfileSchema.parse({ fullName: `Jane${NUL} Doe${RLO}`, headline: `a${ISOLATE}b` })).toMatchObject({ fullName: 'Jane Doe', headline: 'ab' });
  });
});
