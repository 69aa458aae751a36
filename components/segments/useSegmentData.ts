import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { listFieldDefs } from '../../lib/customFields/repository';
import { getDb } from '../../lib/db/database';
import type { CustomFieldDef, Group } from '../../lib/model';
import { countSegment } from '../../lib/segments/query';
import type { SegmentNames } from '../../lib/segments/describe';
import type { Segment } from '../../lib/segments/schema';

export interface SegmentData {
  groups: Group[];
  defs: CustomFieldDef[];
  /** Existing tags, read from the tags index keys only (never the contacts). */
  tags: string[];
  names: SegmentNames;
}

/** What the editor offers to pick from: groups, custom fields, existing tags. */
export function useSegmentData(): SegmentData {
  const db = getDb();
  const groups = useLiveQuery(() => db.groups.orderBy('name').toArray(), []);
  const defs = useLiveQuery(() => listFieldDefs(db), []);
  const tags = useLiveQuery(() => db.contacts.orderBy('tags').uniqueKeys().then((keys) => keys.map(String)), []);
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
  return useLiveQuery(() => (segment ? countSegment(getDb(), segment) : undefined), [key]);
}
