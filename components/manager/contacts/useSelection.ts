import { useCallback, useRef, useState } from 'react';
import type { ContactResult } from '../../../lib/contacts/query';
import type { SelectGesture } from './ContactsTable';

/** Selected contact ids; shift extends from the last toggled row; "all" takes every matching id (keys only). */
export function useSelection(result: ContactResult | undefined) {
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  // "Select all" shows at once, while the ids are still being read.
  const [selectingAll, setSelectingAll] = useState(false);
  const anchor = useRef<number | null>(null);

  const select = useCallback(
    async ({ index, id, range }: SelectGesture) => {
      if (range && anchor.current !== null && result) {
        const from = Math.min(anchor.current, index);
        const to = Math.max(anchor.current, index);
        const ids = (await result.ids()).slice(from, to + 1);
        setSelected((prev) => new Set([...prev, ...ids]));
        return;
      }
      anchor.current = index;
      setSelected((prev) => {
        const next = new Set(prev);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
    },
    [result],
  );

  const selectAll = useCallback(
    async (all: boolean) => {
      anchor.current = null;
      setSelectingAll(all);
      try {
        setSelected(all && result ? new Set(await result.ids()) : new Set());
      } finally {
        setSelectingAll(false);
      }
    },
    [result],
  );

  const clear = useCallback(() => {
    anchor.current = null;
    setSelected(new Set());
  }, []);

  return { selected, selectingAll, select, selectAll, clear };
}
