import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { filterPending, pendingCompanies, pendingTags } from '../../lib/contacts/pending-view';
import { downloadBlob } from '../../lib/csv/download';
import { pendingCsv } from '../../lib/csv/pending-export';
import { PendingRow } from '../capture/PendingRow';
import { usePlural } from '../hooks/usePlural';
import { useI18n } from '../i18n';
import { SearchInput } from '../ui/SearchInput';
import { Select } from '../ui/Select';
import { SuggestEmails } from './SuggestEmails';
import { usePendingRows } from '../hooks/useContacts';


/**
 * The manager's To complete (#/to-complete): everyone saved without an email,
 * searched and filtered by company and tag, completed one by one, by a
 * company's address pattern, or by an enrichment tool's file.
 */
export function ToCompleteSection() {
  const { t, locale } = useI18n();
  const tp = usePlural();
  const rows = usePendingRows();
  const [query, setQuery] = useState('');
  const [company, setCompany] = useState('');
  const [tag, setTag] = useState('');
  const shown = useMemo(() => filterPending(rows ?? [], { query, company: company || undefined, tag: tag || undefined }), [rows, query, company, tag]);
  const companies = useMemo(() => pendingCompanies(rows ?? []), [rows]);
  const tags = useMemo(() => pendingTags(rows ?? []), [rows]);
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself
  const virtualizer = useVirtualizer({ count: shown.length, getScrollElement: () => scroller.current, estimateSize: () => 76, overscan: 8 });
  const fmt = (n: number) => n.toLocaleString(locale);

  return (
    <section aria-labelledby="to-complete-section" className="max-w-5xl space-y-3" data-testid="to-complete-section">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="to-complete-section" className="text-lg font-semibold">{t('toComplete.title')}</h2>
        {rows && <span className="text-sm text-slate-500" data-testid="to-complete-count">{tp('toComplete.count', shown.length, { total: fmt(rows.length) })}</span>}
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-300">{t('toComplete.intro')}</p>
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-[16rem] flex-1">
          <SearchInput label={t('toComplete.search')} placeholder={t('toComplete.searchPlaceholder')} value={query} onChange={setQuery} />
        </div>
        <Select
          label={t('toComplete.company')}
          className="w-56"
          value={company}
          onChange={setCompany}
          data-testid="filter-company"
          options={[{ value: '', label: t('toComplete.anyCompany') }, ...companies.map((c) => ({ value: c.company, label: `${c.company} (${fmt(c.count)})` }))]}
        />
        <Select label={t('toComplete.tag')} className="w-44" value={tag} onChange={setTag} data-testid="filter-tag" options={[{ value: '', label: t('toComplete.anyTag') }, ...tags.map((x) => ({ value: x, label: x }))]} />
        <button
          type="button"
          disabled={!shown.length}
          onClick={() => downloadBlob(pendingCsv(shown), 'fluenzr-to-complete.csv')}
          className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          {tp('toComplete.export', shown.length)}
        </button>
        <a href="#/import" className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800">
          {t('toComplete.importBack')}
        </a>
      </div>
      <p className="text-xs text-slate-500">{t('toComplete.enrichHint')}</p>
      <SuggestEmails rows={rows ?? []} companies={companies} />
      {rows?.length === 0 && <p className="text-sm text-slate-500">{t('linkedin.pending.empty')}</p>}
      <div ref={scroller} className="h-[60vh] overflow-y-auto rounded border border-slate-200 px-3 dark:border-slate-700" data-testid="to-complete-scroller">
        <ul style={{ height: virtualizer.getTotalSize(), position: 'relative' }} className="divide-y divide-slate-100 dark:divide-slate-800">
          {virtualizer.getVirtualItems().map((item) => {
            const row = shown[item.index]!;
            return (
              <PendingRow
                key={row.linkedinUrl}
                row={row}
                index={item.index}
                rowRef={virtualizer.measureElement}
                style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
              />
            );
          })}
        </ul>
      </div>
    </section>
  );
}
