import { describe, expect, it } from 'vitest';
import { upsertByEmail } from '../../../lib/contacts/repository';
import { getDb } from '../../../lib/db/database';
import { quickSearch } from '../../../lib/popup/search';
import { draft } from '../helpers/drafts';

describe('quickSearch', () => {
  it('matches folded prefixes of names, company and email, every word required', async () => {
    await upsertByEmail(draft({ email: 'elodie.lefevre@helios.fr', firstName: 'Élodie', lastName: 'Lefèvre', company: 'Helios Énergie' }));
    await upsertByEmail(draft({ email: 'elodie.martin@acme.com', firstName: 'Elodie', lastName: 'Martin', company: 'Acme' }));
    await upsertByEmail(draft({ email: 'jean@acme.com', firstName: 'Jean', lastName: 'Lefort', company: 'Acme' }));
    const emails = async (q: string) => (await quickSearch(getDb(), q)).map((c) => c.email).sort();

    expect(await emails('élo')).toEqual(['elodie.lefevre@helios.fr', 'elodie.martin@acme.com']);
    expect(await emails('ELODIE lef')).toEqual(['elodie.lefevre@helios.fr']);
    expect(await emails('energie')).toEqual(['elodie.lefevre@helios.fr']);
    expect(await emails('lef')).toEqual(['elodie.lefevre@helios.fr', 'jean@acme.com']);
    expect(await emails('jean@acme.com')).toEqual(['jean@acme.com']);
    expect(await emails('zzz')).toEqual([]);
    expect(await emails('   ')).toEqual([]);
  });

  it('puts archived contacts last and stops at the limit', async () => {
    for (let i = 0; i < 5; i++) await upsertByEmail(draft({ email: `ana${i}@acme.com`, firstName: 'Ana' }));
    const first = await getDb().contacts.where('email').equals('ana0@acme.com').first();
    await getDb().contacts.update(first!.id, { archived: 1, updatedAt: Date.now() + 10_000 });
    const found = await quickSearch(getDb(), 'ana', 3);
    expect(found).toHaveLength(3);
    expect(found.every((c) => c.archived === 0)).toBe(true);
    expect((await quickSearch(getDb(), 'ana', 10)).at(-1)!.email).toBe('ana0@acme.com');
  });
});
