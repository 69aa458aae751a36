import { medianOf, timeToSelector } from '../timing';
import type { Figure } from '../types';

/**
 * Opening the manager (options page, contacts section) in a new tab until
 * its first contact row is in the page. On main the contacts section is
 * still the "recent contacts" list; the manager table replaces the
 * selector below with its own row selector.
 */
const FIRST_ROW = '[data-testid="recent-contacts"] li';

export const managerFirstRows: Figure = {
  id: 'manager',
  async measure(bench) {
    const { median, all } = await medianOf(5, () =>
      timeToSelector(
        (page) => page.goto(`chrome-extension://${bench.extensionId}/options.html#/contacts`),
        () => bench.context.newPage(),
        FIRST_ROW,
      ),
    );
    return [{ figure: 'manager first rows', value: median, unit: 'ms', target: 300, note: `median of 5 cold opens: ${all.join(', ')} ms; recent-contacts list (table not on main)` }];
  },
};
