import { medianOf, timeToSelector } from '../timing';
import type { Figure } from '../types';

/**
 * Opening the manager (options page, contacts section) in a new tab until
 * the first row of its contacts table is in the page.
 */
const FIRST_ROW = '[data-testid="contact-row"]';

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
    return [{ figure: 'manager first rows', value: median, unit: 'ms', target: 300, note: `median of 5 cold opens: ${all.join(', ')} ms` }];
  },
};
