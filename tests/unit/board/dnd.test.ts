import { describe, expect, it } from 'vitest';
import { columnTarget, neighbourStage, stageOfTarget, tabTarget } from '../../../lib/board/dnd';

describe('board drop targets', () => {
  it('reads the stage back from a tab or a column id', () => {
    expect(stageOfTarget(tabTarget('Won'))).toBe('Won');
    expect(stageOfTarget(columnTarget('Lost'))).toBe('Lost');
    expect(stageOfTarget('contact:12')).toBeUndefined();
    expect(stageOfTarget(null)).toBeUndefined();
  });

  it.each([
    ['Lead', 'ArrowRight', 'Qualified'],
    ['Won', 'ArrowRight', 'Lost'],
    ['Lost', 'ArrowRight', 'Lost'],
    ['Lead', 'ArrowLeft', 'Lead'],
    ['Proposal', 'ArrowLeft', 'Qualified'],
    ['Proposal', 'ArrowDown', undefined],
    ['Proposal', 'KeyA', undefined],
  ] as const)('from %s, %s aims at %s', (from, key, to) => {
    expect(neighbourStage(from, key)).toBe(to);
  });
});
