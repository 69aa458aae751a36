import { useMemo } from 'react';
import type { ContactFilter } from '../../../lib/contacts/query';
import { contactsHref, readContactLinks, withoutLink, type ContactLinks } from '../../../lib/navigation/links';
import { useI18n } from '../../i18n';
import { useHashRoute } from '../useHashRoute';
import type { PinnedFilter } from './FilterBar';
import { useImportRun } from '../../hooks/useCatalog';
import { useSavedSegment } from '../../hooks/useSegments';

export function goToContacts(links: ContactLinks): void {
  location.hash = contactsHref(links);
}

/**
 * What the page's hash asks of the contacts table: a contact to open, a
 * segment or an import run to narrow to (shown as chips that drop the link),
 * and a group to start from.
 */
export function useContactLinks() {
  const { t, locale } = useI18n();
  const query = useHashRoute().params.toString();
  const links = useMemo(() => readContactLinks(new URLSearchParams(query)), [query]);
  const { segmentId, importId } = links;
  const segment = useSavedSegment(segmentId);
  const segmentName = segment === undefined ? undefined : (segment?.row.name ?? null);
  const run = useImportRun(importId);

  const filter = useMemo<Pick<ContactFilter, 'segmentId' | 'updatedBetween'>>(() => {
    const out: Pick<ContactFilter, 'segmentId' | 'updatedBetween'> = {};
    if (segmentId) out.segmentId = segmentId;
    // A run not read yet, or unknown, matches nothing (an empty range) rather than everything.
    if (importId) out.updatedBetween = run ? [run.startedAt, run.finishedAt ?? Number.MAX_SAFE_INTEGER] : [0, 0];
    return out;
  }, [segmentId, importId, run]);

  const pinned: PinnedFilter[] = [];
  if (segmentId) {
    const name = segmentName ?? (segmentName === null ? t('contacts.filters.segmentMissing') : '…');
    pinned.push({ id: 'segment', label: t('contacts.filters.segment', { name }), removeLabel: t('contacts.filters.removeSegment'), onClear: () => goToContacts(withoutLink(links, 'segmentId')) });
  }
  if (importId) {
    const label = run
      ? t('contacts.filters.import', { name: run.fileName, date: new Date(run.startedAt).toLocaleString(locale) })
      : t('contacts.filters.importMissing');
    pinned.push({ id: 'import', label, removeLabel: t('contacts.filters.removeImport'), onClear: () => goToContacts(withoutLink(links, 'importId')) });
  }
  return { links, filter, pinned };
}
