import { describe, expect, it } from 'vitest';
import { BUILT_IN_COLUMNS, CHECK_WIDTH, DEFAULT_COLUMNS, fitColumns } from '../../../components/manager/contacts/columns';

const defaults = BUILT_IN_COLUMNS.filter((c) => DEFAULT_COLUMNS.includes(c.id));
const ids = (room: number) => fitColumns(defaults, room, CHECK_WIDTH).shown.map((c) => c.id);

describe('fitColumns', () => {
  it('keeps every default column in the room a 1280 px window leaves', () => {
    expect(ids(1022)).toEqual(DEFAULT_COLUMNS);
  });

  it('hides the lowest priorities first at 1024 px, never the name', () => {
    const shown = ids(766);
    expect(shown).toContain('name');
    expect(shown).toContain('status');
    expect(shown).not.toContain('title');
    expect(ids(100)).toEqual(['name']);
  });

  it('fills the room: natural widths when they fit, shares of it when not', () => {
    expect(fitColumns(defaults, 3000, CHECK_WIDTH).width).toBe(3000);
    expect(fitColumns(defaults, 1022, CHECK_WIDTH).template).toContain('minmax(150px, 220fr)');
  });
});
