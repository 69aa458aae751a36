import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, type BoardFilter, type ColumnData } from '../../../lib/board/query';
import { upsertByEmail } from '../../../lib/contacts/repository';
import { STAGES, type ContactDraft, type Stage } from '../../../lib/model';
import { startBoardEarly, useBoardColumns } from '../../../components/board/useBoard';
import { draft } from '../helpers/drafts';

const FIRST = Object.fromEntries(STAGES.map((s) => [s, PAGE_SIZE])) as Record<Stage, number>;

async function add(email: string, extra: Partial<ContactDraft> = {}) {
  const result = await upsertByEmail(draft({ email, stage: 'Lead', ...extra }));
  if (result.outcome !== 'created') throw new Error(result.outcome);
}

/** Every value the hook returned, in order. */
function renderColumns(filter: BoardFilter, limits = FIRST) {
  const seen: Array<ColumnData[] | undefined> = [];
  const hook = renderHook(() => {
    const columns = useBoardColumns(filter, limits);
    seen.push(columns);
    return columns;
  });
  return { hook, seen };
}

const emails = (columns: ColumnData[] | undefined) => columns?.flatMap((c) => c.contacts.map((x) => x.email)) ?? [];

describe('the board asked for before its first render (startBoardEarly)', () => {
  it('shows the early cards and counts, then the live ones, which include a write made in between', async () => {
    await add('a@acme.com');
    startBoardEarly();
    await add('b@acme.com');
    const { hook, seen } = renderColumns({});
    await waitFor(() => expect(emails(hook.result.current).sort()).toEqual(['a@acme.com', 'b@acme.com']));
    expect(hook.result.current!.find((c) => c.stage === 'Lead')!.count).toBe(2);
    // The first cards shown were read before the second write: the early answer, not the live query's.
    const shown = seen.filter((columns) => columns !== undefined);
    expect(emails(shown[0])).toEqual(['a@acme.com']);
    expect(shown[0]!.find((c) => c.stage === 'Lead')!.count).toBe(1);
  });

  it('never stands in for a filtered board or for longer pages', async () => {
    await add('tagged@acme.com', { tags: ['vip'] });
    await add('other@acme.com');
    startBoardEarly();
    const filtered = renderColumns({ tag: 'vip' });
    await waitFor(() => expect(emails(filtered.hook.result.current)).toEqual(['tagged@acme.com']));
    expect(filtered.seen.every((columns) => !emails(columns).includes('other@acme.com'))).toBe(true);
    filtered.hook.unmount();

    startBoardEarly();
    const longer = renderColumns({}, { ...FIRST, Lead: 2 * PAGE_SIZE });
    await waitFor(() => expect(emails(longer.hook.result.current)).toHaveLength(2));
    // Its first value came from its own live query: the early one was asked with other limits.
    expect(longer.seen.find((columns) => columns !== undefined)!.length).toBe(STAGES.length);
  });

  it('is used once: a board mounted later reads live data only', async () => {
    await add('a@acme.com');
    startBoardEarly();
    const first = renderColumns({});
    await waitFor(() => expect(emails(first.hook.result.current)).toEqual(['a@acme.com']));
    first.hook.unmount();
    await add('b@acme.com');
    const second = renderColumns({});
    await waitFor(() => expect(emails(second.hook.result.current)).toHaveLength(2));
    // No value of the second board lacks the contact added before it mounted.
    expect(second.seen.filter((columns) => columns !== undefined).every((columns) => emails(columns).includes('b@acme.com'))).toBe(true);
  });
});
