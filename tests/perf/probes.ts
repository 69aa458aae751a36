import type { Page } from '@playwright/test';

/** Installed in every page: records when the shell and each finished screen first show. */
export function readyProbe() {
  const marks: Record<string, number> = {};
  (window as unknown as { __marks: typeof marks }).__marks = marks;
  const check = () => {
    if (!marks.shell && document.querySelector('h1')) marks.shell = performance.now();
    const card = document.querySelector('[data-testid="column-Lead"] [data-testid="board-card"]');
    const counts = [...document.querySelectorAll('[data-testid="stage-count"]')];
    if (!marks.board && card && counts.length === 6) marks.board = performance.now();
    if (!marks.counts && counts.length === 6 && counts.every((c) => c.textContent !== '…')) marks.counts = performance.now();
    if (!marks.popup && document.querySelectorAll('[data-testid="recent-contacts"] button').length >= 5) marks.popup = performance.now();
    if (!marks.plan && document.querySelector('[data-testid="plan-usage"]')) marks.plan = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
}

/** The raw IndexedDB cost of what the board and the popup read, each timed alone (median of 3). */
export function probeQueries(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done) => {
      const request = indexedDB.open('fluenzr');
      request.onsuccess = () => done(request.result);
    });
    const run = (make: (store: IDBObjectStore) => IDBRequest | ((finish: () => void) => void)) =>
      new Promise<number>((done) => {
        const start = performance.now();
        const made = make(db.transaction('contacts').objectStore('contacts'));
        const finish = () => done(performance.now() - start);
        if (typeof made === 'function') made(finish);
        else made.onsuccess = finish;
      });
    const median3 = async (make: Parameters<typeof run>[0]) => {
      const times = [await run(make), await run(make), await run(make)];
      return Math.round(times.sort((a, b) => a - b)[1]! * 10) / 10;
    };
    const result: Record<string, number> = {
      'count Lead (40,000) on [archived+stage]': await median3((s) => s.index('[archived+stage]').count(IDBKeyRange.only([0, 'Lead']))),
      'count all live (100,000) on archived': await median3((s) => s.index('archived').count(IDBKeyRange.only(0))),
      'first 25 Leads, newest first': await median3((s) => (finish) => {
        const request = s.index('[archived+stage+updatedAt]').openCursor(IDBKeyRange.bound([0, 'Lead', -Infinity], [0, 'Lead', Infinity]), 'prev');
        let n = 0;
        request.onsuccess = () => {
          const cursor = request.result;
          if (cursor && ++n < 25) cursor.continue();
          else finish();
        };
      }),
      'Lead ids (keys only, 40,000)': await median3((s) => s.index('[archived+stage+updatedAt]').getAllKeys(IDBKeyRange.bound([0, 'Lead', -Infinity], [0, 'Lead', Infinity]))),
      'ids tagged fintech (keys only)': await median3((s) => s.index('tags').getAllKeys(IDBKeyRange.only('fintech'))),
      '5 contacts read by value (getAll)': await median3((s) => s.index('[archived+updatedAt]').getAll(IDBKeyRange.bound([0, -Infinity], [0, Infinity]), 5)),
    };
    db.close();
    return result;
  });
}
