import { describe, expect, it } from 'vitest';
import { MENU_ID, onMenuClicked } from '../../../lib/background/context-menu';
import { buildContact, findByEmail } from '../../../lib/contacts/repository';
import { DEFAULT_SETTINGS, type Contact } from '../../../lib/model';
import { getDb } from '../../../lib/db/database';
import { saveSettings } from '../../../lib/settings/store';

const PAGE = 'https://www.exemple-sa.fr/equipe';

describe('"Add to FluenzR" (context menu)', () => {
  it('saves every address of the selection, with names and the page as source', async () => {
    const result = await onMenuClicked({ menuItemId: MENU_ID, editable: false, pageUrl: PAGE, selectionText: 'Jane Doe <jane@acme-robotics.com>; contact@exemple-sa.fr' });
    expect(result).toEqual({ saved: 2, refused: 0, found: 2 });
    expect(await findByEmail('jane@acme-robotics.com')).toMatchObject({ firstName: 'Jane', lastName: 'Doe', company: 'Acme Robotics', source: { method: 'page', where: PAGE } });
    expect(await findByEmail('contact@exemple-sa.fr')).toMatchObject({ company: 'Exemple SA' });
  });

  it('saves the addresses of a mailto: link', async () => {
    await onMenuClicked({ menuItemId: MENU_ID, editable: false, pageUrl: PAGE, linkUrl: 'mailto:marc@exemple-sa.fr,luc@exemple-sa.fr?subject=Hi' });
    expect(await getDb().contacts.count()).toBe(2);
  });

  it('ignores other menu entries and selections without an address', async () => {
    expect(await onMenuClicked({ menuItemId: 'other', editable: false, pageUrl: PAGE, selectionText: 'a@acme.com' })).toEqual({ saved: 0, refused: 0, found: 0 });
    expect(await onMenuClicked({ menuItemId: MENU_ID, editable: false, pageUrl: PAGE, selectionText: 'no address' })).toEqual({ saved: 0, refused: 0, found: 0 });
    expect(await getDb().contacts.count()).toBe(0);
  });

  it('counts what the plan limit refused', async () => {
    await saveSettings({ plan: 'free' });
    // Fill the Free plan's 300 contacts in one bulk write (300 captures would be slow).
    const source = { method: 'page' as const, where: PAGE, at: 1 };
    await getDb().contacts.bulkAdd(Array.from({ length: 300 }, (_, i) => buildContact({ email: `p${i}@acme.com`, source }, DEFAULT_SETTINGS, false)) as Contact[]);
    const last = await onMenuClicked({ menuItemId: MENU_ID, editable: false, pageUrl: PAGE, selectionText: 'late@acme.com' });
    expect(last).toEqual({ saved: 0, refused: 1, found: 1 });
  });
});
