import { describe, expect, it, vi } from 'vitest';
import { countContacts, listContacts, queryContacts, compareForSort, type ContactFilter, type ContactSort } from '../../../lib/contacts/query';
import { getDb } from '../../../lib/db/database';
import { matchesContactFilter } from '../query/oracle';
import { seedContacts } from '../helpers/seed';

/** The answer computed the slow way, on every row: what the indexes must agree with. */
async function bruteForce(filter: ContactFilter, sort: ContactSort): Promise<number[]> {
  const rows = (await getDb().contacts.toArray()).filter((c) => matchesContactFilter(c, filter));
  rows.sort(compareForSort(sort.field));
  const ids = rows.map((c) => c.id);
  return sort.direction === 'desc' ? ids.reverse() : ids;
}

const CASES: Array<[string, ContactFilter, ContactSort]> = [
  ['no filter, newest first', {}, { field: 'updatedAt', direction: 'desc' }],
  ['archived only, by name', { archived: 1 }, { field: 'name', direction: 'asc' }],
  ['everything, by company desc', { archived: 'all' }, { field: 'company', direction: 'desc' }],
  ['a tag', { tags: ['vip'] }, { field: 'email', direction: 'asc' }],
  ['two tags (either)', { tags: ['vip', 'cold'] }, { field: 'createdAt', direction: 'desc' }],
  ['group and stage', { groupIds: [2], stages: ['Won', 'Qualified'] }, { field: 'name', direction: 'desc' }],
  ['status on all', { statuses: ['Replied'], archived: 'all' }, { field: 'lastActivityAt', direction: 'asc' }],
  ['search folded', { search: 'ÉLO' }, { field: 'name', direction: 'asc' }],
  ['search two words with a tag', { search: 'jane acm', tags: ['salon'] }, { field: 'updatedAt', direction: 'asc' }],
  ['search an email', { search: 'person12@company5.com' }, { field: 'updatedAt', direction: 'desc' }],
  ['search the start of an email, with another word', { search: 'person1@comp oko' }, { field: 'name', direction: 'asc' }],
  ['nothing matches', { search: 'zzzz', stages: ['Won'] }, { field: 'updatedAt', direction: 'desc' }],
  ['one letter most contacts share', { search: 'p' }, { field: 'name', direction: 'asc' }],
  ['two letters, archived', { search: 'pe', archived: 1 }, { field: 'updatedAt', direction: 'desc' }],
  ['one letter on everything', { search: 'C', archived: 'all' }, { field: 'company', direction: 'asc' }],
];

describe('queryContacts', () => {
  it.each(CASES)('%s: same rows and order as a full scan, through both strategies', async (name, filter, sort) => {
    await seedContacts(400);
    const expected = await bruteForce(filter, sort);
    if (!name.startsWith('nothing')) expect(expected.length).toBeGreaterThan(0);
    for (const smallSet of [0, 50, 10_000]) {
      const result = await queryContacts(getDb(), filter, sort, { smallSet });
      expect(await result.total()).toBe(expected.length);
      expect((await result.page(0, 10)).map((c) => c.id)).toEqual(expected.slice(0, 10));
      expect(await result.ids()).toEqual(expected);
      const page = await result.page(5, 20);
      expect(page.map((c) => c.id)).toEqual(expected.slice(5, 25));
    }
  });

  it('search ignores accents and case in names, companies and emails', async () => {
    await seedContacts(50);
    const byName = await listContacts(getDb(), { search: 'lefevre' }, { field: 'name', direction: 'asc' }, 0, 100);
    expect(byName.length).toBeGreaterThan(0);
    expect(byName.every((c) => c.lastName === 'Lefèvre')).toBe(true);
    const byCompany = await listContacts(getDb(), { search: 'oko' }, { field: 'name', direction: 'asc' }, 0, 100);
    expect(byCompany.length).toBeGreaterThan(0);
    expect(byCompany.every((c) => c.company === 'Öko Gmbh')).toBe(true);
  });

  it('lists contacts without a name or company when sorting by them', async () => {
    await seedContacts(30);
    const all = await countContacts(getDb(), {});
    const byCompany = await queryContacts(getDb(), {}, { field: 'company', direction: 'asc' });
    expect(await byCompany.total()).toBe(all);
    expect((await byCompany.page(0, 1))[0]?.company).toBeUndefined();
  });

  it('reads no row to count a large filtered set: only index keys', async () => {
    await seedContacts(600);
    const db = getDb();
    const bulkGet = vi.spyOn(db.contacts, 'bulkGet');
    const toArray = vi.spyOn(db.contacts, 'toArray');
    const result = await queryContacts(db, { tags: ['cold'], archived: 'all' }, { field: 'name', direction: 'asc' }, { smallSet: 100 });
    expect(await result.total()).toBeGreaterThan(100);
    expect(bulkGet).not.toHaveBeenCalled();
    expect(toArray).not.toHaveBeenCalled();
    // Each page is found on the sort index's keys, then reads just its own rows.
    expect(await result.page(0, 50)).toHaveLength(50);
    await result.page(50, 50);
    expect(toArray).not.toHaveBeenCalled();
    expect(bulkGet.mock.calls.map(([ids]) => ids.length)).toEqual([50, 50]);
  });

  it('a two-letter search few contacts share, newest first: counted by its bitmaps, read day by day, neither the word nor the sort index read', async () => {
    const DAY = 86_400_000;
    // 300 Zulu among 3,000 (about 9 % of the live ones), updated over 40 days.
    await seedContacts(3000, (n) => ({ ...(n % 10 === 0 ? { lastName: 'Zulu' } : {}), updatedAt: 1_700_000_000_000 + (n % 40) * DAY + n }));
    const db = getDb();
    const where = vi.spyOn(db.contacts, 'where');
    const sort: ContactSort = { field: 'updatedAt', direction: 'desc' };
    const result = await queryContacts(db, { search: 'zu' }, sort);
    const expected = await bruteForce({ search: 'zu' }, sort);
    expect(expected.length).toBeGreaterThan(200);
    expect((await result.page(0, 50)).map((c) => c.id)).toEqual(expected.slice(0, 50));
    expect(await result.total()).toBe(expected.length);
    expect((await result.page(50, 100)).map((c) => c.id)).toEqual(expected.slice(50, 150));
    const indexes = where.mock.calls.map(([index]) => String(index));
    expect(indexes).not.toContain('searchWords');
    expect(indexes).not.toContain('[archived+updatedAt]');
  });

  it('a longer word within a sparse two-letter prefix, alone or with another word: made exact by its keys, its rows never read', async () => {
    const DAY = 86_400_000;
    // 150 Zulu and 150 Zumba among 3,000 ("zu": about a tenth of the live ones), updated over 40 days.
    const lastName = (n: number) => (n % 20 === 0 ? { lastName: 'Zulu' } : n % 20 === 10 ? { lastName: 'Zumba' } : {});
    await seedContacts(3000, (n) => ({ ...lastName(n), updatedAt: 1_700_000_000_000 + (n % 40) * DAY + n }));
    const db = getDb();
    // Records every read of a word's rows (its keys are not recorded).
    const rowsRead: string[] = [];
    const where = db.contacts.where.bind(db.contacts);
    vi.spyOn(db.contacts, 'where').mockImplementation(((index: string) => {
      const clause = where(index);
      const startsWith = clause.startsWith.bind(clause);
      clause.startsWith = (prefix: string) => {
        const collection = startsWith(prefix);
        const toArray = collection.toArray.bind(collection);
        collection.toArray = ((...args: Parameters<typeof toArray>) => (rowsRead.push(`${index} ${prefix}`), toArray(...args))) as typeof toArray;
        return collection;
      };
      return clause;
    }) as typeof db.contacts.where);
    const sort: ContactSort = { field: 'updatedAt', direction: 'desc' };
    for (const search of ['zul', 'zulu el', 'zumb zu']) {
      const options = { readAll: 10, dayShare: 0.2 };
      const result = await queryContacts(db, { search }, sort, options);
      const expected = await bruteForce({ search }, sort);
      expect(expected.length).toBeGreaterThan(options.readAll);
      expect((await result.page(0, 50)).map((c) => c.id)).toEqual(expected.slice(0, 50));
      expect(await result.total()).toBe(expected.length);
      expect((await result.page(50, 100)).map((c) => c.id)).toEqual(expected.slice(50, 150));
    }
    expect(rowsRead).toEqual([]);
  });

  it('a one-letter search most contacts match: count from the counters, first page without reading the word index', async () => {
    await seedContacts(600);
    const db = getDb();
    const where = vi.spyOn(db.contacts, 'where');
    const result = await queryContacts(db, { search: 'p' }, { field: 'updatedAt', direction: 'desc' }, { smallSet: 50 });
    const live = await db.contacts.where('archived').equals(0).count();
    expect(await result.total()).toBe(live);
    expect(await result.page(0, 20)).toHaveLength(20);
    expect(where.mock.calls.some(([index]) => String(index) === 'searchWords')).toBe(false);
    // Scrolling further (select all) reads the keys once (one letter is no fact), and agrees with a full scan.
    expect(await result.ids()).toEqual(await bruteForce({ search: 'p' }, { field: 'updatedAt', direction: 'desc' }));
    expect(where.mock.calls.some(([index]) => String(index) === 'searchWords')).toBe(true);
  });
});
