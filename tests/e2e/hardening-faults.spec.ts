import { callService } from '../hardening/page-service';
import { putRow, readStore } from '../hardening/idb';
import { expect, test } from './support/extension';

const CORRUPT_VALUES: Array<[string, unknown]> = [
  ['a string instead of an object', 'garbage{'],
  ['wrong types and unknown values', { plan: 'enterprise', locale: 42, retentionMonths: -3, inPageButton: 'yes' }],
];

for (const [label, value] of CORRUPT_VALUES) {
  test(`corrupt settings (${label}) fall back to the defaults with a visible warning`, async ({ openExtensionPage, serviceWorker }) => {
    const options = await openExtensionPage('options');
    await expect(options.getByTestId('plan-usage')).toBeAttached(); // the page has opened its database
    await putRow(options, 'kv', { key: 'settings', value });

    await options.goto(options.url().replace(/#.*$/, '') + '#/settings');
    await options.reload();
    const warning = options.getByTestId('settings-recovered');
    await expect(warning).toBeVisible();
    await expect(warning).toHaveText(/settings could not be read/i);
    await expect(options.getByLabel('Plan')).toHaveValue('free');
    await expect(options.getByLabel('Language')).toHaveValue('auto');

    // The service keeps working on the defaults: a capture succeeds under the Free plan.
    const capture = await callService<{ outcome: string }>(options, 'captureContact', {
      email: 'still@works.example',
      source: { method: 'manual', where: 'manual', at: Date.now() },
    });
    expect(capture.res?.outcome).toBe('created');

    // Saving any setting writes whole, valid settings: the warning goes away.
    await options.getByLabel('Language').selectOption('en');
    await expect(warning).toBeHidden();
    const [stored] = await readStore<{ key: string; value: Record<string, unknown> }>(serviceWorker, 'kv');
    expect(stored?.value).toMatchObject({ plan: 'free', locale: 'en', retentionMonths: 36, inPageButton: false });
  });
}
