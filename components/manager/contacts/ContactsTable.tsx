import { memo, useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { ContactSort } from '../../../lib/contacts/query';
import type { Contact, Group } from '../../../lib/model';
import { useT } from '../../i18n';
import { Cell } from './Cell';
import { CHECK_WIDTH, fitColumns, type Column } from './columns';

export { CHECK_WIDTH };
import { HeaderRow } from './HeaderRow';
import { InlineEditor, isInline, type InlineColumn } from './InlineEditor';
import { useFixedRows } from './useFixedRows';
import { rowCount, useRowWindow, type LoadedResult } from './useContactQuery';

export const ROW_HEIGHT = 40;
const cellId = (contactId: number, column: string) => `contact-cell-${contactId}-${column.replace(/[^\w-]/g, '_')}`;
const HEADER_HEIGHT = 40;

export interface SelectGesture {
  index: number;
  id: number;
  /** Extend from the last clicked row (shift), or toggle one row. */
  range: boolean;
}

interface Props {
  loaded: LoadedResult;
  columns: Column[];
  sort: ContactSort;
  onSort: (sort: ContactSort) => void;
  selected: ReadonlySet<number>;
  selectingAll?: boolean;
  onSelect: (gesture: SelectGesture) => void;
  onSelectAll: (all: boolean) => void;
  onOpen: (id: number) => void;
  groups: Map<number, Group>;
  /** Tags in use: the inline tag editor's suggestions. */
  tags: string[];
}

interface Editing {
  index: number;
  contact: Contact;
  column: InlineColumn;
  anchor: { left: number; top: number; bottom: number; width: number };
}

/**
 * The contacts grid: virtualized rows read page by page, operable with mouse and keyboard.
 * Memoized: a keystroke in the search box re-renders the section, and the rows
 * need not follow until the query's answer (a new `loaded`) arrives.
 */
export const ContactsTable = memo(function ContactsTable({ loaded, columns: chosen, sort, onSort, selected, selectingAll, onSelect, onSelectAll, onOpen, groups, tags }: Props) {
  const t = useT();
  const total = rowCount(loaded);
  const scroller = useRef<HTMLDivElement>(null);
  // The columns fit the room the grid has (measured before paint, and on every resize).
  const [room, setRoom] = useState(1000);
  useLayoutEffect(() => {
    const node = scroller.current;
    if (!node) return;
    const measure = () => setRoom(node.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  const fitted = fitColumns(chosen, room, CHECK_WIDTH);
  const columns = fitted.shown;
  const [active, setActive] = useState(0);
  // The keyboard's cell within the active row (ArrowLeft/Right); null: the row itself.
  const [activeCol, setActiveCol] = useState<number | null>(null);
  const [editing, setEditing] = useState<Editing>();
  // The active-row outline is a keyboard cue: shown only while the grid has focus.
  const [focused, setFocused] = useState(false);
  const { rows: items, totalSize, scrollToIndex } = useFixedRows({ count: total, rowHeight: ROW_HEIGHT, overscan: 12, scroller, offset: HEADER_HEIGHT });
  const rowAt = useRowWindow(loaded, items[0]?.index ?? 0, items[items.length - 1]?.index ?? 0);
  const { width, template } = fitted;
  const fits = width <= room;
  const activeIndex = Math.min(active, Math.max(0, total - 1));
  const colIndex = activeCol === null ? null : Math.min(activeCol, columns.length - 1);

  const edit = (index: number, contact: Contact, column: InlineColumn, cell: Element | null) => {
    const box = cell?.getBoundingClientRect();
    if (box) setEditing({ index, contact, column, anchor: { left: box.left, top: box.top, bottom: box.bottom, width: box.width } });
  };
  const closeEditor = useCallback(() => {
    setEditing(undefined);
    scroller.current?.focus({ preventScroll: true });
  }, []);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(total - 1, index));
    setActive(next);
    scrollToIndex(next);
    return next;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!total) return;
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / ROW_HEIGHT) - 2);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -Infinity, End: Infinity };
    const row = rowAt(activeIndex);
    const column = colIndex === null ? undefined : columns[colIndex];
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      const step = event.key === 'ArrowRight' ? 1 : -1;
      setActiveCol(colIndex === null ? (step > 0 ? 0 : null) : colIndex + step < 0 ? null : Math.min(columns.length - 1, colIndex + step));
    } else if ((event.key === 'Enter' || event.key === 'F2') && row && column && isInline(column.id)) {
      event.preventDefault();
      edit(activeIndex, row, column.id, document.getElementById(cellId(row.id, column.id)));
    } else if (event.key in moves) {
      event.preventDefault();
      const delta = moves[event.key]!;
      const next = moveTo(delta === -Infinity ? 0 : delta === Infinity ? total - 1 : activeIndex + delta);
      const target = rowAt(next);
      if (event.shiftKey && target) onSelect({ index: next, id: target.id, range: true });
    } else if (event.key === ' ' && row) {
      event.preventDefault();
      onSelect({ index: activeIndex, id: row.id, range: event.shiftKey });
    } else if (event.key === 'Enter' && row) {
      event.preventDefault();
      onOpen(row.id);
    } else if (event.key.toLowerCase() === 'a' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSelectAll(true);
    }
  };

  const onRowClick = (event: MouseEvent, index: number, id: number) => {
    setActive(index);
    if (event.shiftKey || event.ctrlKey || event.metaKey) {
      event.preventDefault();
      onSelect({ index, id, range: event.shiftKey });
    } else onOpen(id);
  };

  const activeRow = rowAt(activeIndex);
  const activeColumn = colIndex === null ? undefined : columns[colIndex];
  // The editor follows the live row: a change that lands while it is open (a bulk action) is what it edits from.
  const live = editing && rowAt(editing.index);
  const edited = editing && (live?.id === editing.contact.id ? live : editing.contact);
  const hiddenNames = fitted.hidden.map((c) => (typeof c.label === 'string' ? t(c.label) : c.label.text));
  return (
    <div className="flex h-full flex-col gap-1">
      <div
        ref={scroller}
        role="grid"
        tabIndex={0}
        aria-label={t('contacts.table.label')}
        aria-rowcount={total + 1}
        aria-multiselectable
        aria-activedescendant={activeRow ? (activeColumn ? cellId(activeRow.id, activeColumn.id) : `contact-row-${activeRow.id}`) : undefined}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        data-testid="contacts-grid"
        data-hidden-columns={fitted.hidden.map((c) => c.id).join(' ')}
        className={`relative min-h-0 flex-1 overflow-y-auto [scrollbar-gutter:stable] ${fits ? 'overflow-x-hidden' : 'overflow-x-auto'} rounded-lg border border-slate-200 bg-white text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:border-slate-700 dark:bg-slate-900`}
      >
        <HeaderRow
          columns={columns}
          template={template}
          width={width}
          height={HEADER_HEIGHT}
          sort={sort}
          onSort={onSort}
          allSelected={!!selectingAll || (total > 0 && selected.size >= total)}
          someSelected={selected.size > 0}
          onSelectAll={onSelectAll}
        />
        <div role="rowgroup" style={{ height: totalSize, width, position: 'relative' }}>
          {items.map((item) => {
            const contact = rowAt(item.index);
            const isSelected = contact ? selected.has(contact.id) : false;
            return (
              <div
                key={item.index}
                role="row"
                id={contact ? `contact-row-${contact.id}` : undefined}
                aria-rowindex={item.index + 2}
                aria-selected={isSelected}
                data-testid={contact ? 'contact-row' : 'contact-row-loading'}
                onClick={contact ? (event) => onRowClick(event, item.index, contact.id) : undefined}
                className={`absolute left-0 grid cursor-pointer items-center border-b border-slate-100 dark:border-slate-800 ${
                  isSelected ? 'bg-indigo-50 dark:bg-indigo-950' : 'bg-white hover:bg-slate-50 dark:bg-slate-900 dark:hover:bg-slate-800'
                } ${focused && item.index === activeIndex && colIndex === null ? 'outline outline-2 -outline-offset-2 outline-indigo-400' : ''}`}
                style={{ top: 0, height: ROW_HEIGHT, width, gridTemplateColumns: template, transform: `translateY(${item.top}px)` }}
              >
                {/* The check box and the name stay in view when a narrow window scrolls sideways. */}
                <div role="gridcell" className="sticky left-0 z-[1] flex h-full items-center justify-center bg-inherit" onClick={(event) => event.stopPropagation()}>
                  {contact && (
                    <input
                      type="checkbox"
                      tabIndex={-1}
                      checked={isSelected}
                      aria-label={t('contacts.select.one', { name: contact.email })}
                      onChange={() => undefined}
                      onClick={(event) => {
                        setActive(item.index);
                        onSelect({ index: item.index, id: contact.id, range: event.shiftKey });
                      }}
                      className="size-4 accent-indigo-600"
                    />
                  )}
                </div>
                {columns.map((column, index) => {
                  const inline = contact && isInline(column.id) ? column.id : undefined;
                  const cue = focused && item.index === activeIndex && index === colIndex;
                  return (
                    <div
                      key={column.id}
                      role="gridcell"
                      id={contact ? cellId(contact.id, column.id) : undefined}
                      aria-haspopup={inline ? 'dialog' : undefined}
                      title={inline ? t('inline.hint') : undefined}
                      data-testid={inline ? `cell-${inline}` : undefined}
                      onClick={
                        inline
                          ? (event) => {
                              if (event.shiftKey || event.ctrlKey || event.metaKey) return;
                              event.stopPropagation();
                              setActive(item.index);
                              setActiveCol(index);
                              edit(item.index, contact!, inline, event.currentTarget);
                            }
                          : undefined
                      }
                      className={`truncate px-2 ${column.id === 'name' ? 'sticky z-[1] flex h-full items-center bg-inherit' : ''} ${inline ? 'flex h-full cursor-text items-center hover:bg-slate-100 dark:hover:bg-slate-700' : ''} ${cue ? 'outline outline-2 -outline-offset-2 outline-indigo-600' : ''}`}
                      style={column.id === 'name' ? { left: CHECK_WIDTH } : undefined}
                    >
                      {contact ? <Cell column={column.id} contact={contact} groups={groups} /> : <span className="block h-3 w-2/3 animate-pulse rounded bg-slate-100 dark:bg-slate-800" />}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
      {editing && edited && <InlineEditor key={`${edited.id}-${editing.column}`} contact={edited} column={editing.column} anchor={editing.anchor} tags={tags} onClose={closeEditor} />}
      {hiddenNames.length > 0 && (
        <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="hidden-columns">
          {t('contacts.columns.hiddenForWidth', { names: hiddenNames.join(', ') })}
        </p>
      )}
    </div>
  );
});
