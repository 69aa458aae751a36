import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import PouchDB from 'pouchdb-browser';
import memoryAdapter from 'pouchdb-adapter-memory';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '../../../components/i18n';
import { TeamPanel } from '../../../components/team/TeamPanel';
import { getDb } from '../../../lib/db/database';
import { saveSettings } from '../../../lib/settings/store';
import { UNSETTLED_KEY, type UnsettledRow } from '../../../lib/sync/apply';
import { saveTeamConfig } from '../../../lib/sync/config';
import { testConnection } from '../../../lib/sync/connection';
import type { SyncBody } from '../../../lib/sync/merge';
import { setLocalPouchFactory } from '../../../lib/sync/pouch';
import { saveTeamStatus } from '../../../lib/sync/status';
import { MIRROR_TEAM_KEY } from '../../../lib/sync/switch';

// No network in a component test: Test connection answers what each test says, a round does nothing.
vi.mock('../../../lib/sync/connection', () => ({ testConnection: vi.fn() }));
vi.mock('../../../lib/sync/service', async (original) => ({ ...(await original<typeof import('../../../lib/sync/service')>()), runSyncRound: vi.fn(async () => undefined) }));

PouchDB.plugin(memoryAdapter);
const URL_A = 'https://couch.example.com/acme-sales';
const URL_B = 'https://couch.example.com/other-team';
const granted = vi.fn(async () => true);

beforeEach(() => {
  setLocalPouchFactory(() => new PouchDB<SyncBody>(`team-panel-${Math.random()}`, { adapter: 'memory' }));
  granted.mockImplementation(async () => true);
  Object.assign(fakeBrowser.permissions, { request: granted, remove: vi.fn(async () => true), contains: vi.fn(async () => true) });
  vi.mocked(testConnection).mockReset();
});

async function renderPanel() {
  render(
    <I18nProvider>
      <TeamPanel />
    </I18nProvider>,
  );
  await screen.findByTestId('team-panel');
}

async function fill(url: string, user = 'alice', password = 'secret-pass') {
  await act(async () => {
    fireEvent.change(screen.getByLabelText('Team database URL'), { target: { value: url } });
    fireEvent.change(screen.getByLabelText('User name'), { target: { value: user } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  });
}

const click = (name: string) => act(async () => void fireEvent.click(screen.getByRole('button', { name })));

describe('<TeamPanel>', () => {
  it('tests the connection and says what is wrong, in words the user can act on', async () => {
    await renderPanel();
    expect(screen.getByTestId('team-state').textContent).toBe('Team sync is off.');
    // Nothing to test until the three fields are filled.
    expect((screen.getByRole('button', { name: 'Test connection' }) as HTMLButtonElement).disabled).toBe(true);
    await fill(URL_A);
    vi.mocked(testConnection).mockResolvedValueOnce({ ok: false, problem: 'bad_credentials' });
    await click('Test connection');
    expect((await screen.findByTestId('team-result')).textContent).toBe('The server refused this user name and password.');
    expect(screen.getByTestId('team-result').getAttribute('role')).toBe('alert');
    vi.mocked(testConnection).mockResolvedValueOnce({ ok: false, problem: 'no_database', detail: 'acme-sales' });
    await click('Test connection');
    expect(screen.getByTestId('team-result').textContent).toBe('The server has no database named "acme-sales". Ask your administrator to create it.');
    vi.mocked(testConnection).mockResolvedValueOnce({ ok: true, user: 'alice', docCount: 12 } as never);
    await click('Test connection');
    expect(screen.getByTestId('team-result').textContent).toBe('Connected as alice: the team database holds 12 documents.');
    expect(screen.getByTestId('team-result').getAttribute('role')).toBe('status');
    // A test alone does not turn sync on, and gives the permission back.
    expect(screen.getByTestId('team-state').textContent).toBe('Team sync is off.');
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://couch.example.com/*'] });
    // A plain-HTTP address is refused before any permission is asked.
    granted.mockClear();
    await fill('http://couch.example.com/acme');
    await click('Test connection');
    expect(screen.getByTestId('team-result').textContent).toBe('The address must start with https:// (plain http:// is accepted only for a server on this computer).');
    expect(granted).not.toHaveBeenCalled();
    // The browser's permission refused: nothing sent.
    granted.mockImplementation(async () => false);
    await fill(URL_A);
    await click('Test connection');
    expect(screen.getByTestId('team-result').textContent).toBe('The browser permission for this server was not granted, so nothing was sent.');
    expect(testConnection).toHaveBeenCalledTimes(3);
  });

  it('turns on, shows the status and its last error, and turns off', async () => {
    await renderPanel();
    await fill(URL_A);
    vi.mocked(testConnection).mockResolvedValue({ ok: true, user: 'alice', docCount: 0 } as never);
    await click('Turn on team sync');
    await waitFor(() => expect(screen.getByTestId('team-state').textContent).toBe(`Team sync is on with ${URL_A} as alice.`));
    expect(screen.queryByLabelText('Password')).toBeNull();
    expect(screen.getByTestId('team-status').textContent).toContain('Not synced yet');
    await waitFor(async () => expect(await getDb().kv.get('sync.on')).toBeDefined());
    await act(async () => saveTeamStatus({ lastSyncAt: 1_760_000_000_000, error: { problem: 'server_down', at: 1_760_000_100_000 } }));
    await waitFor(() => expect(screen.getByTestId('team-error').textContent).toContain('No server answers at this address'));
    expect(screen.getByTestId('team-status').textContent).toContain('Last sync:');
    await click('Turn off team sync');
    await waitFor(() => expect(screen.getByTestId('team-state').textContent).toBe('Team sync is off.'));
    await waitFor(async () => expect(await getDb().kv.get('sync.on')).toBeUndefined());
    // The URL and user stay until forgotten.
    expect((screen.getByLabelText('Team database URL') as HTMLInputElement).value).toBe(URL_A);
    await click('Forget the server and password');
    await waitFor(() => expect((screen.getByLabelText('Team database URL') as HTMLInputElement).value).toBe(''));
  });

  it('lists the conflicts to decide: a tie to dismiss, a deleted contact to keep deleted or restore with my edits', async () => {
    const rows: UnsettledRow[] = [
      { field: 'title', values: ['CEO', 'CTO'], docId: 'doc-1', reason: 'tie', at: 1 },
      {
        field: 'contact',
        values: ['Lea Martin'],
        docId: 'doc-2',
        reason: 'deleted_edited',
        at: 2,
        edited: { body: { email: 'lea.martin@example.com', firstName: 'Lea', lastName: 'Martin', title: 'Typed offline', archived: 0, stage: 'New', status: 'Active', source: { method: 'manual', where: 'manual', at: 1 }, createdAt: 1, editedFields: ['title'] }, notes: ['Wants a demo'], gone: 1_760_000_000_000, by: 'bob' },
      },
      { field: 'contact', values: ['Sam Roe'], docId: 'doc-3', reason: 'deleted_edited', at: 3, edited: { body: { email: 'sam@example.com' }, notes: [], gone: 1_760_000_000_000 } },
    ];
    await getDb().kv.put({ key: UNSETTLED_KEY, value: rows });
    await renderPanel();
    const list = await screen.findByTestId('team-unsettled');
    expect(within(list).getByText('Conflicts to decide')).toBeTruthy();
    expect(list.textContent).toContain('Two colleagues typed a different title at the same moment; "CEO" was kept on every machine.');
    expect(list.textContent).toContain('bob deleted Lea Martin on');
    expect(list.textContent).toContain('A colleague deleted Sam Roe on');
    const items = within(list).getAllByRole('listitem');
    await act(async () => void fireEvent.click(within(items[2]!).getByRole('button', { name: 'Keep deleted' })));
    await waitFor(() => expect(within(screen.getByTestId('team-unsettled')).getAllByRole('listitem')).toHaveLength(2));
    await act(async () => void fireEvent.click(within(screen.getAllByRole('listitem')[1]!).getByRole('button', { name: 'Restore with my edits' })));
    expect((await screen.findByTestId('team-unsettled-result')).textContent).toBe('Lea Martin is back in the base with your edits.');
    const restored = await getDb().contacts.where('email').equals('lea.martin@example.com').first();
    expect(restored).toMatchObject({ title: 'Typed offline' });
    expect((await getDb().notes.where('contactId').equals(restored!.id).toArray()).map((n) => n.text)).toEqual(['Wants a demo']);
    await waitFor(() => expect(within(screen.getByTestId('team-unsettled')).getAllByRole('listitem')).toHaveLength(1));
    await click('Dismiss');
    await waitFor(() => expect(screen.queryAllByRole('listitem')).toHaveLength(0));
  });

  it('asks before switching to another team database, says what happens, and does nothing on Cancel', async () => {
    const db = getDb();
    await saveTeamConfig({ url: URL_A, username: 'alice', password: 'secret-pass', on: false });
    await db.kv.put({ key: MIRROR_TEAM_KEY, value: URL_A });
    await db.contacts.add({ email: 'kept@example.com', firstName: 'Kept', searchWords: [], editedFields: [], customFields: {}, tags: [], groupIds: [], archived: 0, stage: 'New', status: 'Active', createdAt: 1, updatedAt: 1, source: { method: 'manual', where: 'manual', at: 1 } } as never);
    await db.syncIds.bulkAdd([{ docId: 'doc-kept', ref: 'contacts:1', by: 'bob' }]);
    vi.mocked(testConnection).mockResolvedValue({ ok: true, user: 'alice', docCount: 0 } as never);
    await renderPanel();
    await fill(URL_B);
    await click('Turn on team sync');
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText('Switch to another team database?')).toBeTruthy();
    expect(dialog.textContent).toContain(`This browser synced with ${URL_A}. Syncing with ${URL_B} leaves that team`);
    expect(dialog.textContent).toContain('The 1 contacts here stay, become this machine\'s own and are sent to the new team, 1 of them brought by colleagues of the old team.');
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' })));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.getByTestId('team-state').textContent).toBe('Team sync is off.');
    expect(await db.syncIds.count()).toBe(1);
    await click('Turn on team sync');
    const again = await screen.findByRole('alertdialog');
    await act(async () => void fireEvent.click(within(again).getByRole('button', { name: 'Leave the old team and sync with this one' })));
    await waitFor(() => expect(screen.getByTestId('team-state').textContent).toBe(`Team sync is on with ${URL_B} as alice.`));
    // The old ids are gone; the contact is queued again, for the new team (its new id comes when it is mirrored).
    await waitFor(async () => expect((await db.outbox.toArray()).map((r) => r.ref)).toContain('contacts:1'));
    expect(await db.syncIds.get('doc-kept')).toBeUndefined();
    expect(await db.kv.get(MIRROR_TEAM_KEY)).toMatchObject({ value: URL_B });
    expect(await db.contacts.count()).toBe(1);
  });

  it('speaks French', async () => {
    await saveSettings({ locale: 'fr' });
    await renderPanel();
    await waitFor(() => expect(screen.getByTestId('team-state').textContent).toBe('La synchronisation d\u2019équipe est désactivée.'.replace('\u2019', "'")));
    expect(screen.getByLabelText('URL de la base de l\'équipe')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tester la connexion' })).toBeTruthy();
    await act(async () => {
      fireEvent.change(screen.getByLabelText('URL de la base de l\'équipe'), { target: { value: URL_A } });
      fireEvent.change(screen.getByLabelText('Nom d\'utilisateur'), { target: { value: 'alice' } });
      fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: 'secret' } });
    });
    vi.mocked(testConnection).mockResolvedValueOnce({ ok: false, problem: 'bad_credentials' });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Tester la connexion' })));
    expect((await screen.findByTestId('team-result')).textContent).toBe('Le serveur a refusé ce nom d\'utilisateur et ce mot de passe.');
  });
});
