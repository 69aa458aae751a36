import type { Contact, CustomValue, Group } from '../../../lib/model';
import { displayName } from '../../../lib/model';
import { dateFormat } from '../../../lib/i18n/date-format';
import { useI18n } from '../../i18n';
import type { ColumnId } from './columns';
import { StageBadge, StatusBadge } from './badges';

export function formatDate(locale: string, at: number | undefined): string {
  return at ? dateFormat(locale, { dateStyle: 'medium' }).format(at) : '';
}

function customText(value: CustomValue | undefined, yes: string, no: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? yes : no;
  return String(value);
}

/** One cell's content, as text (page data is never rendered as HTML). */
export function Cell({ column, contact, groups }: { column: ColumnId; contact: Contact; groups: Map<number, Group> }) {
  const { t, locale } = useI18n();
  switch (column) {
    case 'name':
      return <span className="font-medium">{displayName(contact)}</span>;
    case 'email':
    case 'company':
    case 'title':
    case 'phone':
      return <>{contact[column] ?? ''}</>;
    case 'stage':
      return <StageBadge stage={contact.stage} />;
    case 'status':
      return <StatusBadge status={contact.status} />;
    case 'tags':
      return (
        <span className="flex gap-1 overflow-hidden">
          {contact.tags.map((tag) => (
            <span key={tag} className="shrink-0 rounded bg-slate-100 px-1.5 text-xs text-slate-700 dark:bg-slate-700 dark:text-slate-200">
              {tag}
            </span>
          ))}
        </span>
      );
    case 'groups':
      return (
        <span className="flex gap-2 overflow-hidden">
          {contact.groupIds.map((id) => groups.get(id)).filter(Boolean).map((group) => (
            <span key={group!.id} className="flex shrink-0 items-center gap-1 text-xs">
              <span aria-hidden className="inline-block size-2 rounded-full" style={{ backgroundColor: group!.color }} />
              {group!.name}
            </span>
          ))}
        </span>
      );
    case 'source':
      return <>{t(`contacts.method.${contact.source.method}`)}</>;
    case 'createdAt':
    case 'updatedAt':
    case 'lastActivityAt':
      return <>{formatDate(locale, contact[column])}</>;
    default:
      return <>{customText(contact.customFields[column.slice('custom:'.length)], t('contacts.yes'), t('contacts.no'))}</>;
  }
}
