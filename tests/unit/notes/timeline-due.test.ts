import { describe, expect, it } from 'vitest';
import type { HistoryEntry, Note } from '../../../lib/model';
import { assembleTimeline } from '../../../lib/notes/timeline';
import { dueCondition, dueRange, isDue } from '../../../lib/notes/due';
import { matchesCondition } from '../../../lib/segments/match';
import { planSegment } from '../../../lib/segments/plan';
import { conditionProblem } from '../../../lib/segments/schema';

const note = (id: number, createdAt: number, updatedAt = createdAt): Note => ({ id, contactId: 1, text: `note ${id}`, createdAt, updatedAt, searchWords: [] });
const entry = (id: number, at: number, kind: HistoryEntry['kind'], extra: Partial<HistoryEntry> = {}): HistoryEntry => ({ id, contactId: 1, at, kind, ...extra });

describe('assembleTimeline', () => {
  it('puts notes and history in one list, newest first, marking edited notes and automatic statuses', () => {
    const items = assembleTimeline(
      [note(1, 150), note(2, 400, 500)],
      [
        entry(1, 100, 'captured', { origin: 'https://www.linkedin.com/in/jane' }),
        entry(2, 200, 'stage', { changes: { stage: ['Lead', 'Qualified'] } }),
        entry(3, 300, 'status', { changes: { status: ['Active', 'Replied'] }, origin: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKvxbZSmTqxNtcFFFpWDf' }),
        entry(4, 350, 'status', { changes: { status: ['Replied', 'Active'] }, origin: 'manual' }),
      ],
    );
    expect(items.map((item) => item.key)).toEqual(['n2', 'h4', 'h3', 'h2', 'n1', 'h1']);
    expect(items[0]).toMatchObject({ type: 'note', edited: true });
    expect(items.find((i) => i.key === 'n1')).toMatchObject({ edited: false });
    expect(items.find((i) => i.key === 'h3')).toMatchObject({ automatic: true });
    expect(items.find((i) => i.key === 'h4')).toMatchObject({ automatic: false });
  });

  it('at the same moment lists the newer history entry first and a note after what was recorded with it', () => {
    const items = assembleTimeline([note(7, 100), note(8, 100)], [entry(1, 100, 'captured'), entry(2, 100, 'edited')]);
    expect(items.map((item) => item.key)).toEqual(['h2', 'h1', 'n8', 'n7']);
  });

  it('of an empty contact is empty', () => {
    expect(assembleTimeline([], [])).toEqual([]);
  });
});

describe('due-date filters', () => {
  // Wednesday 3 June 2026, 15:00 local time.
  const now = new Date(2026, 5, 3, 15, 0).getTime();
  const at = (day: number, hour: number) => new Date(2026, 5, day, hour).getTime();

  it('overdue is anything due before now', () => {
    expect(isDue(at(3, 14), 'overdue', now)).toBe(true);
    expect(isDue(at(1, 9), 'overdue', now)).toBe(true);
    expect(isDue(at(3, 16), 'overdue', now)).toBe(false);
    expect(isDue(undefined, 'overdue', now)).toBe(false);
  });

  it('due today is the local day, overdue hours of today included', () => {
    expect(dueRange('today', now)).toEqual([at(3, 0), at(4, 0)]);
    expect(isDue(at(3, 9), 'today', now)).toBe(true);
    expect(isDue(at(3, 23), 'today', now)).toBe(true);
    expect(isDue(at(4, 0), 'today', now)).toBe(false);
    expect(isDue(at(2, 23), 'today', now)).toBe(false);
  });

  it('this week runs from today to the end of Sunday (weeks start on Monday)', () => {
    expect(dueRange('week', now)).toEqual([at(3, 0), at(8, 0)]);
    expect(isDue(at(7, 23), 'week', now)).toBe(true);
    expect(isDue(at(8, 0), 'week', now)).toBe(false);
    // On a Sunday the week is that one day; on a Monday, seven days.
    const sunday = new Date(2026, 5, 7, 10).getTime();
    expect(dueRange('week', sunday)).toEqual([at(7, 0), at(8, 0)]);
    const monday = new Date(2026, 5, 8, 10).getTime();
    expect(dueRange('week', monday)).toEqual([at(8, 0), at(15, 0)]);
  });

  it('compile to the segment criterion on nextDueAt, which the matcher and the index plan agree on', () => {
    const condition = dueCondition('today', now);
    expect(conditionProblem(condition)).toBeNull();
    expect(condition).toEqual({ type: 'condition', field: 'nextDueAt', op: 'between', value: [at(3, 0), at(4, 0) - 1] });
    const contact = (nextDueAt?: number) => ({ nextDueAt }) as never;
    expect(matchesCondition(contact(at(3, 9)), condition)).toBe(true);
    expect(matchesCondition(contact(at(4, 0)), condition)).toBe(false);
    expect(matchesCondition(contact(undefined), condition)).toBe(false);
    const plan = planSegment({ type: 'group', match: 'all', children: [condition] });
    expect(plan).toEqual({ candidate: { kind: 'range', index: 'nextDueAt', lower: at(3, 0), upper: at(4, 0) - 1, lowerOpen: false, upperOpen: false }, exact: true });
  });
});

describe('the manager\'s due filters, on the index', () => {
  it('list exactly the live contacts whose step is overdue, soonest due first, paged past the first page', async () => {
    const { getDb } = await import('../../../lib/db/database');
    const { queryContacts } = await import('../../../lib/contacts/query');
    const now = Date.now();
    const rows = Array.from({ length: 2600 }, (_, i) => ({
      email: `p${i}@acme.com`, customFields: {}, tags: [], groupIds: [], stage: 'Lead', status: 'Active', archived: i % 10 === 0 ? 1 : 0,
      source: { method: 'manual', where: 'manual', at: 1 }, consent: { basis: 'legitimate_interest', at: 1 }, editedFields: [], searchWords: [],
      createdAt: i, updatedAt: i, lastActivityAt: i,
      ...(i % 3 === 0 ? { nextStep: { text: 'x', dueAt: i % 2 ? now - 86_400_000 - i : now + 86_400_000 + i } } : {}),
    }));
    await getDb().contacts.bulkAdd(rows as never);
    const due = rows.flatMap((r, i) => (r.archived === 0 && r.nextStep && r.nextStep.dueAt < now ? [{ id: i + 1, at: r.nextStep.dueAt }] : []));
    const expected = due.sort((a, b) => a.at - b.at).map((d) => d.id);
    const result = await queryContacts(getDb(), { due: 'overdue' }, { field: 'updatedAt', direction: 'desc' }, { smallSet: 100 });
    expect(await result.total()).toBe(expected.length);
    expect((await result.page(0, 50)).map((c) => c.id)).toEqual(expected.slice(0, 50));
    expect((await result.page(50, 50)).map((c) => c.id)).toEqual(expected.slice(50, 100));
    expect(await result.ids()).toEqual(expected);
    expect(await (await queryContacts(getDb(), { due: 'overdue', archived: 1 }, { field: 'updatedAt', direction: 'desc' })).total()).toBe(0);
    // With another filter, the chosen order holds.
    const withStage = await queryContacts(getDb(), { due: 'overdue', stages: ['Lead'] }, { field: 'updatedAt', direction: 'desc' }, { smallSet: 100 });
    expect((await withStage.page(0, 50)).map((c) => c.id)).toEqual([...expected].sort((a, b) => b - a).slice(0, 50));
  });
});
