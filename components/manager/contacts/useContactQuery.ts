import { useLiveQuery } from 'dexie-react-hooks';
import { queryContacts, type ContactFilter, type ContactResult, type ContactSort } from '../../../lib/contacts/query';
import { getDb } from '../../../lib/db/database';
import type { Contact } from '../../../lib/model';

/** Rows are read by pages of this size around what is on screen. */
export const PAGE = 100;

/**
 * The live result of a filter and sort: re-resolved whenever contacts change
 * in any tab. While a new query runs, the previous result stays on screen.
 */
export function useContactQuery(filter: ContactFilter, sort: ContactSort): ContactResult | undefined {
  const key = JSON.stringify([filter, sort]);
  return useLiveQuery(() => queryContacts(getDb(), filter, sort), [key]);
}

interface Window {
  result: ContactResult;
  start: number;
  rows: Contact[];
}

/** The rows from `first` to `last` (visible indexes), fetched by whole pages and kept live. */
export function useRowWindow(result: ContactResult | undefined, first: number, last: number): (index: number) => Contact | undefined {
  const start = Math.max(0, Math.floor(first / PAGE) * PAGE);
  const end = (Math.floor(last / PAGE) + 1) * PAGE;
  const current = useLiveQuery(
    async (): Promise<Window | undefined> => (result ? { result, start, rows: await result.page(start, end - start) } : undefined),
    [result, start, end],
  );
  // While the next pages load, useLiveQuery keeps returning the previous window.
  return (index) => (current ? current.rows[index - current.start] : undefined);
}
