import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { listKey, selectionKey, type TabList } from '../../lib/background/list-state';
import { EMPTY_SELECTION, mergePage, type ListSelection } from '../../lib/capture/list-selection';
import { listedKey } from '../../lib/capture/linkedin-list';
import { knownPeople } from '../../lib/contacts/pending-batch';

/**
 * The selection gathered from a tab's list pages: each new page the content
 * script reports adds its people (ticked unless already known), ticks are
 * kept across pages and across closing the popup.
 */
export function useListSelection(tabId: number | null | undefined) {
  const [selection, setSelection] = useState<ListSelection>();
  const current = useRef<ListSelection>(EMPTY_SELECTION);

  const store = useCallback(
    (next: ListSelection) => {
      current.current = next;
      setSelection(next);
      if (typeof tabId === 'number') void browser.storage.session.set({ [selectionKey(tabId)]: next });
    },
    [tabId],
  );

  useEffect(() => {
    if (typeof tabId !== 'number') return;
    let alive = true;
    // Reports are merged one after another: a page arriving mid-merge waits its turn.
    let queue = Promise.resolve();
    const merge = (list: TabList | undefined) => {
      if (!list?.people.length) return;
      queue = queue.then(async () => {
        const known = await knownPeople(list.people.map(listedKey).filter((k): k is string => !!k));
        if (alive) store(mergePage(current.current, list.url, list.people, (key) => known.has(key)));
      });
    };
    void browser.storage.session.get([selectionKey(tabId), listKey(tabId)]).then((stored) => {
      if (!alive) return;
      current.current = (stored[selectionKey(tabId)] as ListSelection | undefined) ?? EMPTY_SELECTION;
      setSelection(current.current);
      merge(stored[listKey(tabId)] as TabList | undefined);
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && listKey(tabId) in changes) merge(changes[listKey(tabId)]?.newValue as TabList | undefined);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [tabId, store]);

  return { selection, update: store };
}
