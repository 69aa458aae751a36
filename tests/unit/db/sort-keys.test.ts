import { describe, expect, it } from 'vitest';
import { getDb } from '../../../lib/db/database';
import { sortKeysOf } from '../../../lib/db/sort-keys';
import { updateContact, upsertByEmail } from '../../../lib/contacts/repository';
import { draft } from '../helpers/drafts';

describe('sort keys', () => {
  it('fold the displayed name and the company, falling back to the email', () => {
    expect(sortKeysOf({ firstName: 'Élodie', lastName: 'Martin', company: 'Exemple SA', email: 'e@x.fr' })).toEqual({
      sortName: 'elodie martin',
      sortCompany: 'exemple sa',
    });
    expect(sortKeysOf({ email: 'zoe@acme.com' })).toEqual({ sortName: 'zoe@acme.com', sortCompany: '' });
  });

  it('are derived on create, edit, put and modify', async () => {
    const created = await upsertByEmail(draft({ firstName: 'Émile', lastName: 'Zola', company: 'Rougon' }));
    if (created.outcome !== 'created') throw new Error('setup');
    const db = getDb();
    const id = created.contact.id;
    expect(await db.contacts.get(id)).toMatchObject({ sortName: 'emile zola', sortCompany: 'rougon' });
    await updateContact(id, { firstName: 'Alice', company: '' });
    expect(await db.contacts.get(id)).toMatchObject({ sortName: 'alice zola', sortCompany: '' });
    await db.contacts.where('id').equals(id).modify({ lastName: 'Ärger' });
    expect(await db.contacts.get(id)).toMatchObject({ sortName: 'alice arger' });
    await db.contacts.update(id, { firstName: undefined, lastName: undefined });
    expect((await db.contacts.get(id))?.sortName).toBe('jane.doe@acme.com');
  });
});
