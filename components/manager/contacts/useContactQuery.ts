import { useEffect, useState } from 'react';
import type { ContactFilter, ContactResult, ContactSort } from '../../../lib/contacts/query';
import type { Contact } from '../../../lib/model';
import { findContacts, watchContacts } from '../../../lib/service/read-table';

/** Rows are read by pages of this size around what is on screen. */
export const PAGE = 100;
/**
 * The first read asks for fewer rows than a page: a screen shows about 30,
 * and a search word's first rows cost keys of the sort index in proportion
 * ("mu" at 100,000 contacts: 3,000 keys for 50 rows, 6,000 for 100). The
 * rest of the first page follows at once, in the background.
 */
export const FIRST_ROWS = 50;
/** Bursts of writes (an import in another tab) refresh the table at most this often. */
const REFRESH_MS = 150;

/**
 * A counter that moves whenever contacts change in any context of the
 * extension (this page, another tab, the background), through Dexie's
 * cross-context "storagemutated" event.
 *
 * Why not useLiveQuery: inside a live query Dexie records every key a query
 * returns, one by one, to know what to watch. The table's queries return up
 * to 100,000 keys, which made that bookkeeping cost seconds.
 */
export function useContactsVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unwatch = watchContacts(() => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        setVersion((v) => v + 1);
      }, REFRESH_MS);
    });
    return () => {
      clearTimeout(timer);
      unwatch();
    };
  }, []);
  return version;
}

export interface LoadedResult {
  result: ContactResult;
  /** The first page, read with the query so the first rows need no second trip. */
  firstPage: Contact[];
  /** The exact count, once known (it may come after the first page). */
  total?: number;
}

/** What the table can size itself to right now. */
export const rowCount = (loaded: LoadedResult) => loaded.total ?? loaded.firstPage.length;

type FirstRead = { result: ContactResult; firstPage: Contact[] };

async function readFirst(filter: ContactFilter, sort: ContactSort): Promise<FirstRead> {
  const result = await findContacts(filter, sort);
  return { result, firstPage: await result.page(0, FIRST_ROWS) };
}

/** A read started before React rendered (see startFirstRead), taken by the next query with the same key. */
let headStart: { key: string; read: Promise<FirstRead> } | undefined;
let unwatchHeadStart: (() => void) | undefined;

/**
 * Start reading the table's first rows before React renders: at page start
 * (the database opens and answers while the first render runs) and on a
 * search keystroke (the deferred render and its effect came 30-70 ms after
 * the key). Only the next query uses it, and only with the same filter and
 * sort; any other is read as usual.
 */
export function startFirstRead(filter: ContactFilter, sort: ContactSort): void {
  // A head start a query never took must not answer one after a write: any change drops it.
  unwatchHeadStart ??= watchContacts(() => (headStart = undefined));
  const key = JSON.stringify([filter, sort]);
  const read = readFirst(filter, sort);
  // Unused (another filter came first) or failed: the hook reads again, and reports errors itself.
  read.catch(() => undefined);
  headStart = { key, read };
}

function takeHeadStart(key: string): Promise<FirstRead> | undefined {
  const started = headStart;
  headStart = undefined;
  return started?.key === key ? started.read : undefined;
}

/** The result of a filter and sort, re-resolved when contacts change anywhere. The previous result stays while the next loads. */
export function useContactQuery(filter: ContactFilter, sort: ContactSort): LoadedResult | undefined {
  const version = useContactsVersion();
  const key = JSON.stringify([filter, sort]);
  const [loaded, setLoaded] = useState<LoadedResult>();
  useEffect(() => {
    let current = true;
    const [f, s] = JSON.parse(key) as [ContactFilter, ContactSort];
    void (async () => {
      const { result, firstPage } = await (takeHeadStart(key) || readFirst(f, s));
      if (!current) return;
      // A short first page is the whole answer; otherwise show it while counting.
      if (firstPage.length < FIRST_ROWS) return setLoaded({ result, firstPage, total: firstPage.length });
      setLoaded({ result, firstPage });
      const total = await result.total();
      if (current) setLoaded({ result, firstPage, total });
    })();
    return () => {
      current = false;
    };
  }, [key, version]);
  return loaded;
}

interface Window {
  result: ContactResult;
  start: number;
  rows: Contact[];
}

/** The rows around the visible indexes `first`..`last`, read by whole pages. */
export function useRowWindow(loaded: LoadedResult, first: number, last: number): (index: number) => Contact | undefined {
  const start = Math.max(0, Math.floor(first / PAGE) * PAGE);
  const end = (Math.floor(last / PAGE) + 1) * PAGE;
  const { result, firstPage } = loaded;
  const [view, setView] = useState<Window>();
  // The first rows are enough only when they are the whole answer (FIRST_ROWS is less than a page).
  const seeded = start === 0 && end <= PAGE && (loaded.total ?? Infinity) <= firstPage.length;
  useEffect(() => {
    if (seeded) return;
    let current = true;
    void result.page(start, end - start).then((rows) => current && setView({ result, start, rows }));
    return () => {
      current = false;
    };
  }, [result, start, end, seeded]);
  // Until the next pages arrive, the previous window stays on screen; at the top, this answer's first rows do.
  const fromFirstRows = seeded || (start === 0 && view?.result !== result);
  const shown: Window | undefined = fromFirstRows ? { result, start: 0, rows: firstPage } : view;
  return (index) => (shown ? shown.rows[index - shown.start] : undefined);
}
