import { describe, expect, it } from 'vitest';
import { mergePage, checkedPeople, EMPTY_SELECTION, setChecked } from '../../../lib/capture/list-selection';
import { MAX_BATCH } from '../../../lib/capture/list-limits';
import type { ListedPerson } from '../../../lib/capture/linkedin-list';
import { savePendingBatch } from '../../../lib/contacts/pending-batch';
import { pendingKeyOf, suggestEmails, UNVERIFIED_EMAIL_TAG, withPending } from '../../../lib/contacts/pending-import';
import { filterPending, pendingCompanies } from '../../../lib/contacts/pending-view';
import { pendingCsv } from '../../../lib/csv/pending-export';
import { getDb, type PendingProfile } from '../../../lib/db/database';
import { DEFAULT_SETTINGS } from '../../../lib/model';

const person = (slug: string, extra: Partial<ListedPerson> = {}): ListedPerson => ({
  fullName: `Ann ${slug}`, firstName: 'Ann', lastName: slug, company: 'Datawise', title: 'Buyer', linkedinUrl: `https://www.linkedin.com/in/${slug}`, ...extra,
});
const SOURCE = 'https://www.linkedin.com/search/results/people/?keywords=x';

describe('the panel selection', () => {
  it('keeps ticks across pages, ticks new people unless known, and stops at one batch, saying so', () => {
    let selection = mergePage(EMPTY_SELECTION, SOURCE, [person('a'), person('b')], (key) => key.endsWith('/b'));
    expect(selection.entries.map((e) => [e.key.slice(-1), e.checked])).toEqual([['a', true], ['b', false]]);
    selection = setChecked(selection, new Set(['https://www.linkedin.com/in/a']));
    selection = mergePage(selection, `${SOURCE}&page=2`, [person('b'), person('c')], () => false);
    expect(selection.entries.map((e) => [e.key.slice(-1), e.checked])).toEqual([['a', false], ['b', false], ['c', true]]);
    expect(selection.sourceUrl).toBe(SOURCE);
    expect(checkedPeople(selection).map((p) => p.lastName)).toEqual(['c']);

    const many = Array.from({ length: MAX_BATCH + 5 }, (_, i) => person(`p${i}`));
    const full = mergePage(EMPTY_SELECTION, SOURCE, many, () => false);
    expect(full.entries).toHaveLength(MAX_BATCH);
    expect(full.full).toBe(true);
  });
});

describe('To complete in the manager', () => {
  const row = (slug: string, company: string | undefined, tags?: string[], updatedAt = 1): PendingProfile => ({
    linkedinUrl: `https://www.linkedin.com/in/${slug}`, profile: { fullName: `Élise ${slug}`, firstName: 'Élise', lastName: slug, company, title: 'Acheteuse' },
    sourceUrl: SOURCE, method: 'linkedin', createdAt: 1, updatedAt, tags,
  });

  it('filters by words (accents folded), company (case folded) and tag; companies counted', () => {
    const rows = [row('a', 'Acme', ['salon'], 3), row('b', 'ACME', undefined, 2), row('c', 'Datawise', ['salon'], 1)];
    expect(filterPending(rows, { query: 'elise acheteuse' }).map((r) => r.profile.lastName)).toEqual(['a', 'b', 'c']);
    expect(filterPending(rows, { company: 'acme' }).map((r) => r.profile.lastName)).toEqual(['a', 'b']);
    expect(filterPending(rows, { company: 'Acme', tag: 'salon' }).map((r) => r.profile.lastName)).toEqual(['a']);
    expect(pendingCompanies(rows)).toEqual([{ company: 'Acme', count: 2 }, { company: 'Datawise', count: 1 }]);
  });

  it('exports the columns enrichment tools match on, without spreadsheet formulas', async () => {
    const text = await pendingCsv([row('a', '=HYPERLINK("http://evil.example")')]).text();
    expect(text).toBe('LinkedIn URL,First name,Last name,Company,Job title\r\nhttps://www.linkedin.com/in/a,Élise,a,"\'=HYPERLINK(""http://evil.example"")",Acheteuse\r\n');
  });

  it('an enriched row names its entry by any form of its LinkedIn URL and takes its names, tag and group', async () => {
    await savePendingBatch({ people: [person('ann-lee', { firstName: 'Ann', lastName: 'Lee' })], sourceUrl: SOURCE, tag: 'salon' });
    expect(pendingKeyOf('fr.linkedin.com/in/Ann-Lee/?trk=x')).toBe('https://www.linkedin.com/in/ann-lee');
    const { items, matches } = await withPending([{ line: 2, draft: { email: 'ann@datawise.fr', linkedinUrl: 'https://fr.linkedin.com/in/ann-lee/', source: { method: 'import', where: 'f.csv', at: 1 } } }]);
    expect(items[0]!.draft).toMatchObject({ firstName: 'Ann', lastName: 'Lee', company: 'Datawise', tags: ['salon'], linkedinUrl: 'https://www.linkedin.com/in/ann-lee' });
    expect([...matches]).toEqual([['ann@datawise.fr', 'https://www.linkedin.com/in/ann-lee']]);
  });

  it('suggested emails: one pattern for a company, contacts tagged unverified, entries without a last name kept waiting', async () => {
    await savePendingBatch({ people: [person('lee', { lastName: 'Lee' }), person('kim', { lastName: 'Kim' }), person('solo', { lastName: undefined, fullName: 'Solo' })], sourceUrl: SOURCE });
    const rows = await getDb().pending.toArray();
    const result = await suggestEmails(rows, 'f.last', 'datawise.fr', DEFAULT_SETTINGS);
    expect(result).toMatchObject({ skipped: 1, settled: 2, report: { created: 2 } });
    const contacts = await getDb().contacts.orderBy('email').toArray();
    expect(contacts.map((c) => [c.email, c.tags, c.source.method])).toEqual([
      ['a.kim@datawise.fr', [UNVERIFIED_EMAIL_TAG], 'linkedin'],
      ['a.lee@datawise.fr', [UNVERIFIED_EMAIL_TAG], 'linkedin'],
    ]);
    expect((await getDb().pending.toArray()).map((r) => r.linkedinUrl)).toEqual(['https://www.linkedin.com/in/solo']);
  });
});
