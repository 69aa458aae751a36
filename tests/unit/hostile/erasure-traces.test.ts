import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it } from 'vitest';
import { setTabPage } from '../../../lib/background/page-state';
import { savePending } from '../../../lib/contacts/pending';
import { upsertByEmail } from '../../../lib/contacts/repository';
import { getDb } from '../../../lib/db/database';
import { eraseContacts } from '../../../lib/gdpr/erase';
import { draft } from '../helpers/drafts';

// Finding 11: erasure left the person's data in storage.session page state
// until the tab closed, and a To complete entry saved under a Sales
// Navigator URL survived it.
const LEAD = 'https://www.linkedin.com/sales/lead/ACwAAB1234,NAME_SEARCH,abcd';
const PUBLIC = 'https://www.linkedin.com/in/jane-doe';
const jane = { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', company: 'Acme' };

describe('erasure leaves no trace of the person', () => {
  it('clears the tabs’ page state that shows them, and keeps the others', async () => {
    const created = await upsertByEmail(draft({ linkedinUrl: PUBLIC }));
    if (created.outcome !== 'created') throw new Error('setup');
    await setTabPage(1, { url: `${PUBLIC}/`, method: 'linkedin', profile: { ...jane, linkedinUrl: PUBLIC } });
    await setTabPage(2, {
      url: 'https://mail.google.com/mail/u/0/#inbox/FMfcg',
      method: 'gmail',
      profile: null,
      thread: { people: [{ email: 'jane.doe@acme.com', name: 'Jane Doe', role: 'sender', roleAddress: false }], bounces: [] },
    });
    await setTabPage(3, { url: 'https://www.linkedin.com/in/someone-else/', method: 'linkedin', profile: { fullName: 'Someone Else' } });
    await eraseContacts([created.contact.id]);
    const session = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(session).sort()).toEqual(['page:3']);
  });

  it('removes a To complete entry saved under the Sales Navigator lead URL', async () => {
    await savePending({ profile: jane, sourceUrl: LEAD, method: 'salesnav' });
    // Later captured with an email from the same lead page, mapped to the public profile.
    const created = await upsertByEmail(draft({ linkedinUrl: PUBLIC, source: { method: 'salesnav', where: LEAD, at: 2 } }));
    if (created.outcome !== 'created') throw new Error('setup');
    await savePending({ profile: { fullName: 'Other Person' }, sourceUrl: 'https://www.linkedin.com/sales/lead/ACwOTHER,NAME_SEARCH', method: 'salesnav' });
    await eraseContacts([created.contact.id]);
    expect((await getDb().pending.toArray()).map((p) => p.profile.fullName)).toEqual(['Other Person']);
  });
});
