import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { CustomFieldDef, Group } from '../../lib/model';
import type { SegmentNames } from '../../lib/segments/describe';
import type { Segment } from '../../lib/segments/schema';
import { segmentCount } from '../../lib/service/read-segments';
import { useFieldDefsLoading, useGroupsByName, useTagKeys } from '../hooks/useCatalog';

export interface SegmentData {
  groups: Group[];
  defs: CustomFieldDef[];
  /** Existing tags, read from the tags index keys only (never the contacts). */
  tags: string[];
  names: SegmentNames;
}

/** What the editor offers to pick from: groups, custom fields, existing tags. */
export function useSegmentData(): SegmentData {
  const groups = useGroupsByName();
  const defs = useFieldDefsLoading();
  const tags = useTagKeys();
  return useMemo(() => {
    const g = groups ?? [];
    const d = defs ?? [];
    return {
      groups: g,
      defs: d,
      tags: tags ?? [],
      names: { groups: Object.fromEntries(g.map((x) => [x.id, x.name])), fields: Object.fromEntries(d.map((x) => [x.key, x.label])) },
    };
  }, [groups, defs, tags]);
}

export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** Live count of a segment, recounted when contacts change; undefined while counting. */
export function useSegmentCount(segment: Segment | null): number | undefined {
  const key = JSON.stringify(segment);
  return useLiveQuery(() => (segment ? segmentCount(segment) : undefined), [key]);
}
