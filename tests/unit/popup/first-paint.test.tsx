import { render, screen, waitFor } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../components/i18n';
import { PlanUsage } from '../../../components/PlanUsage';
import { paintPopupFirst } from '../../../components/popup/firstPaint';
import { DB_NAME, getDb } from '../../../lib/db/database';
import { firstPaintOf, firstPaintUsage, forgetFirstPaint, readFirstPaint } from '../../../lib/first-paint/plan-usage';
import { PLAN_LIMITS, SettingsSchema } from '../../../lib/model';
import { saveSettings } from '../../../lib/settings/store';
import { seedContacts } from '../helpers/seed';

afterEach(() => {
  forgetFirstPaint();
  document.body.replaceChildren();
});

/** The span React's PlanUsage shows once its live reads answered. */
async function reactPlanUsage(): Promise<{ text: string; className: string }> {
  forgetFirstPaint();
  const { unmount } = render(
    <I18nProvider>
      <PlanUsage />
    </I18nProvider>,
  );
  const span = await screen.findByTestId('plan-usage');
  const shown = { text: span.textContent ?? '', className: span.className };
  unmount();
  return shown;
}

async function painted(): Promise<{ text: string; className: string } | undefined> {
  const root = document.createElement('div');
  document.body.append(root);
  await paintPopupFirst(root);
  const span = root.querySelector('[data-testid="plan-usage"]');
  root.remove();
  return span ? { text: span.textContent ?? '', className: span.className } : undefined;
}

describe('the popup first paint', () => {
  it('never creates the database: a first run has none, and Dexie then creates it whole', async () => {
    const factory = new IDBFactory();
    expect(await readFirstPaint(factory)).toBeUndefined();
    expect((await factory.databases()).map((db) => db.name)).not.toContain(DB_NAME);
    // In the test's own factory too: Dexie opens its schema afterwards, every store in place.
    getDb().close();
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onsuccess = () => resolve();
    });
    expect(await readFirstPaint()).toBeUndefined();
    await getDb().open();
    expect(getDb().tables.map((table) => table.name)).toEqual(expect.arrayContaining(['contacts', 'counters', 'kv']));
  });

  it('reads the live count and the plan, and lets the database be upgraded after it', async () => {
    await seedContacts(7);
    await getDb().contacts.where('email').equals('person3@company3.com').modify({ archived: 1 });
    await saveSettings({ plan: 'pro', locale: 'fr' });
    const live = await getDb().contacts.where('archived').equals(0).count();
    expect(await readFirstPaint()).toEqual({ usage: { plan: 'pro', used: live, limit: null }, locale: 'fr' });
    // It closed its connection: a version change elsewhere is not blocked.
    getDb().close();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, getDb().verno * 10 + 1);
      request.onblocked = () => reject(new Error('blocked by the first paint'));
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
  });

  it('reads stored settings as the settings schema does', () => {
    for (const stored of [undefined, null, 'junk', {}, { plan: 'gold', locale: 'de' }, { plan: 'starter', locale: 'en' }, { plan: 'free' }]) {
      const expected = SettingsSchema.parse(typeof stored === 'object' && stored !== null ? stored : {});
      const first = firstPaintOf({ n: 12 }, stored)!;
      expect(first.locale).toBe(expected.locale);
      expect(first.usage).toEqual({ plan: expected.plan, used: 12, limit: PLAN_LIMITS[expected.plan] });
    }
    expect(firstPaintOf(undefined, {})!.usage.used).toBe(0);
    for (const n of [-1, 1.5, '3', NaN, null]) expect(firstPaintOf({ n }, {})).toBeUndefined();
  });

  it.each([
    ['free', 'en', 12],
    ['free', 'fr', 300],
    ['pro', 'en', 12],
    ['starter', 'fr', 0],
  ] as const)('shows what the page shows: plan %s, locale %s, %i contacts', async (plan, locale, count) => {
    if (count) await seedContacts(count);
    await saveSettings({ plan, locale });
    const first = await painted();
    expect(first).toBeDefined();
    expect(first).toEqual(await reactPlanUsage());
  });

  it("is kept by the page's first render, then given up for the live count", async () => {
    await seedContacts(3, () => ({ archived: 0 }));
    const root = document.createElement('div');
    document.body.append(root);
    await paintPopupFirst(root);
    root.remove();
    expect(firstPaintUsage()?.used).toBe(3);
    await seedContacts(2, (n) => ({ email: `late${n}@example.com`, archived: 0 }));
    render(
      <I18nProvider>
        <PlanUsage />
      </I18nProvider>,
    );
    // Before any live read answered: the painted usage, not nothing.
    expect(screen.getByTestId('plan-usage').textContent).toBe('3 / 300 contacts');
    await waitFor(() => expect(screen.getByTestId('plan-usage').textContent).toBe('5 / 300 contacts'));
    // Forgotten by an effect, which React may run after the render that showed the live count.
    await waitFor(() => expect(firstPaintUsage()).toBeUndefined());
  });

  it('paints nothing over a page that already rendered', async () => {
    await seedContacts(1);
    const root = document.createElement('div');
    root.append(document.createElement('main'));
    await paintPopupFirst(root);
    expect(root.querySelector('[data-testid="plan-usage"]')).toBeNull();
    expect(firstPaintUsage()).toBeUndefined();
  });
});
