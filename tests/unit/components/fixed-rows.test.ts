import { describe, expect, it } from 'vitest';
import { rowsInView, scrollTopFor } from '../../../components/manager/contacts/useFixedRows';

const layout = { rowHeight: 40, overscan: 2, offset: 40 };

describe('fixed-height rows in view', () => {
  it('shows the rows under the view and the overscan around them, none past the last', () => {
    const rows = rowsInView({ top: 0, height: 400 }, { ...layout, count: 300_000 });
    expect(rows[0]).toEqual({ index: 0, top: 0 });
    // 400 px below a 40 px header: rows 0-8 are seen, then 2 of overscan.
    expect(rows.at(-1)!.index).toBe(11);
    const deep = rowsInView({ top: 4_000_000, height: 400 }, { ...layout, count: 300_000 });
    expect(deep[0]!.index).toBe(Math.floor((4_000_000 - 40) / 40) - 2);
    expect(deep.every((row) => row.top === row.index * 40)).toBe(true);
    expect(rowsInView({ top: 0, height: 400 }, { ...layout, count: 3 }).map((r) => r.index)).toEqual([0, 1, 2]);
    expect(rowsInView({ top: 0, height: 400 }, { ...layout, count: 0 })).toEqual([]);
  });

  it('scrolls as little as needed to show a row below the sticky header', () => {
    const view = { top: 400, height: 400 };
    // Row 10 starts at 400 px in the row group: just under the header, in view.
    expect(scrollTopFor(10, view, layout)).toBeNull();
    // Row 9 hides under the header: scrolled up to it.
    expect(scrollTopFor(9, view, layout)).toBe(360);
    // Row 19 ends below the view (at 840 px): scrolled down until its bottom shows.
    expect(scrollTopFor(19, view, layout)).toBe(440);
    expect(scrollTopFor(18, view, layout)).toBeNull();
  });
});
