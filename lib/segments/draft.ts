import { conditionProblem, type Condition, type Segment, type SegmentGroup } from './schema';

/** A path to a node of a segment: indexes of children from the root. */
export type NodePath = number[];

/**
 * The segment without the conditions still being filled in: what the live
 * count and the sentence use while the user types.
 */
export function completePart(group: SegmentGroup): Segment {
  const children = group.children.flatMap((child): Array<Condition | SegmentGroup> => {
    if (child.type === 'group') return [completePart(child)];
    return conditionProblem(child) === null ? [child] : [];
  });
  return { ...group, children };
}

/** Paths of unfinished conditions, to mark them. */
export function incompletePaths(group: SegmentGroup, base: NodePath = []): NodePath[] {
  return group.children.flatMap((child, index) => {
    const path = [...base, index];
    if (child.type === 'group') return incompletePaths(child, path);
    return conditionProblem(child) === null ? [] : [path];
  });
}

/** A copy of the segment with the node at `path` replaced (or removed when `next` is null). */
export function updateAt(group: SegmentGroup, path: NodePath, next: Condition | SegmentGroup | null): SegmentGroup {
  const [head, ...rest] = path;
  if (head === undefined) return next && next.type === 'group' ? next : group;
  const children = [...group.children];
  if (rest.length === 0) {
    if (next) children[head] = next;
    else children.splice(head, 1);
  } else {
    const child = children[head];
    if (child?.type === 'group') children[head] = updateAt(child, rest, next);
  }
  return { ...group, children };
}

/** Local day boundaries for date pickers: "after D" is after D's last millisecond. */
export function startOfDay(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(y!, m! - 1, d!).getTime();
}

export function endOfDay(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(y!, m! - 1, d! + 1).getTime() - 1;
}

/** Epoch ms → local "YYYY-MM-DD" for a date input. */
export function localDate(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
