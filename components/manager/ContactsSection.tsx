import { Suspense, useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { DEFAULT_SORT, type ContactFilter, type ContactSort } from '../../lib/contacts/query';
import { withoutLink } from '../../lib/navigation/links';
import { useFieldDefs, useGroups, useTags } from '../hooks/useCatalog';
import { usePlural } from '../hooks/usePlural';
import { useT } from '../i18n';
import { SearchInput } from '../ui/SearchInput';
import { lazyNamed } from '../ui/lazy';
import { DrawerLoading } from '../contact/DrawerLoading';
import { BulkBar } from './contacts/BulkBar';
import { ColumnChooser } from './contacts/ColumnChooser';
import { allColumns, loadColumns, saveColumns, type ColumnId } from './contacts/columns';
import { ContactsTable } from './contacts/ContactsTable';
import { EmptyState, SampleBanner } from './contacts/EmptyState';
import { FilterBar } from './contacts/FilterBar';
import { TableSkeleton } from './contacts/TableSkeleton';
import { startFirstRead, useContactQuery } from './contacts/useContactQuery';
import { goToContacts, useContactLinks } from './contacts/useContactLinks';
import { useSelection } from './contacts/useSelection';
import { useSampleCount } from '../hooks/usePrivacy';

// The drawer (editor, history, custom fields) loads when a contact is first opened.
const ContactDrawer = lazyNamed(() => import('../contact/ContactDrawer'), 'ContactDrawer');

/** The contacts table: search, filters, columns, selection and bulk actions, and the detail drawer. */
export function ContactsSection() {
  const t = useT();
  const tp = usePlural();
  const [search, setSearch] = useState('');
  const [chips, setChips] = useState<ContactFilter>({});
  const [sort, setSort] = useState<ContactSort>(DEFAULT_SORT);
  const [visible, setVisible] = useState<ColumnId[]>(loadColumns);
  const [creating, setCreating] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);
  const groups = useGroups();
  const tags = useTags();
  const defs = useFieldDefs();
  const samples = useSampleCount() ?? 0;
  // Deep links (lib/navigation/links): a contact to open, a segment or import to narrow to, a group to start from.
  const { links, filter: linked, pinned } = useContactLinks();
  const [startedFromGroup, setStartedFromGroup] = useState<number>();
  if (links.groupId !== startedFromGroup) {
    setStartedFromGroup(links.groupId);
    if (links.groupId) setChips({ groupIds: [links.groupId] });
  }
  const open: number | 'new' | null = creating ? 'new' : (links.contactId ?? null);

  // Typing stays responsive: the query follows the deferred value.
  const deferredSearch = useDeferredValue(search);
  const filter = useMemo(() => ({ ...chips, search: deferredSearch, ...linked }), [chips, deferredSearch, linked]);
  const loaded = useContactQuery(filter, sort);
  const result = loaded?.result;
  const { selected, selectingAll, select, selectAll, clear } = useSelection(result);

  const catalogue = useMemo(() => allColumns(defs), [defs]);
  const columns = useMemo(() => catalogue.filter((c) => visible.includes(c.id)), [catalogue, visible]);
  const groupMap = useMemo(() => new Map(groups.map((g) => [g.id, g])), [groups]);
  const filtered = !!(filter.search?.trim() || chips.stages?.length || chips.statuses?.length || chips.groupIds?.length || chips.tags?.length || pinned.length > 0 || (chips.archived ?? 0) !== 0);

  const changeFilter = (next: ContactFilter) => {
    clear();
    setChips(next);
  };
  const changeSearch = (next: string) => {
    clear();
    setSearch(next);
    // The read starts with the keystroke, not after the deferred render (same filter object as below).
    startFirstRead({ ...chips, search: next, ...linked }, sort);
  };
  const openContact = useCallback((id: number | 'new') => {
    returnFocus.current = document.activeElement as HTMLElement | null;
    if (id === 'new') setCreating(true);
    else goToContacts({ ...links, contactId: id });
  }, [links]);
  const closeDrawer = useCallback(() => {
    setCreating(false);
    if (links.contactId) goToContacts(withoutLink(links, 'contactId'));
    // Opened from a link, the drawer has nowhere to give focus back: the table takes it.
    const back = returnFocus.current?.isConnected && returnFocus.current !== document.body ? returnFocus.current : document.querySelector<HTMLElement>('[data-testid=contacts-grid]');
    returnFocus.current = null;
    back?.focus({ preventScroll: true });
  }, [links]);

  return (
    <section aria-labelledby="contacts-title" className="flex h-[calc(100vh-3rem)] flex-col gap-3">
      <header className="flex flex-wrap items-center gap-3">
        <h1 id="contacts-title" className="text-xl font-semibold">{t('manager.nav.contacts')}</h1>
        <span className="text-sm text-slate-500 dark:text-slate-400" role="status" aria-live="polite" data-testid="contacts-count">
          {loaded?.total !== undefined ? tp('contacts.count', loaded.total) : t('contacts.counting')}
        </span>
        <div className="ml-auto flex items-center gap-2">
          <ColumnChooser
            columns={catalogue}
            visible={visible}
            onChange={(ids) => {
              setVisible(ids);
              saveColumns(ids);
            }}
          />
          <button type="button" onClick={() => openContact('new')} className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700">
            {t('contacts.new')}
          </button>
        </div>
      </header>
      <SearchInput label={t('contacts.search.label')} placeholder={t('contacts.search.placeholder')} value={search} onChange={changeSearch} className="w-full max-w-md" />
      <FilterBar
        filter={chips}
        onChange={changeFilter}
        groups={groups}
        tags={tags}
        pinned={pinned}
      />
      {samples > 0 && <SampleBanner count={samples} />}
      {selected.size > 0 && (
        <BulkBar ids={[...selected]} groups={groups} tags={tags} archivedView={chips.archived ?? 0} onDone={(cleared) => cleared && clear()} />
      )}
      <div className="min-h-0 flex-1">
        {loaded?.total === 0 ? (
          <EmptyState filtered={filtered} onClear={() => { changeFilter({}); changeSearch(''); if (pinned.length) goToContacts({}); }} onNew={() => openContact('new')} />
        ) : loaded ? (
          <ContactsTable
            loaded={loaded}
            columns={columns}
            sort={sort}
            onSort={setSort}
            selected={selected}
            selectingAll={selectingAll}
            onSelect={select}
            onSelectAll={selectAll}
            onOpen={openContact}
            groups={groupMap}
            tags={tags}
          />
        ) : (
          <TableSkeleton columns={columns} />
        )}
      </div>
      {open !== null && (
        <Suspense fallback={<DrawerLoading onClose={closeDrawer} />}>
          <ContactDrawer contactId={open} onClose={closeDrawer} onCreated={(id) => { setCreating(false); goToContacts({ ...links, contactId: id }); }} />
        </Suspense>
      )}
    </section>
  );
}
