import type { Contact } from '../../lib/model';
import { useI18n } from '../i18n';
import { dateFormat } from '../../lib/i18n/date-format';

const isWebUrl = (where: string) => /^https?:\/\//i.test(where);

/**
 * Where and how the contact was collected (GDPR record). Shown, not editable:
 * it documents the collection and must stay what it was.
 */
export function SourceDetails({ contact }: { contact: Contact }) {
  const { t, locale } = useI18n();
  const { method, where, at } = contact.source;
  const date = dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  return (
    <section aria-labelledby="source-title">
      <h3 id="source-title" className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{t('field.source')}</h3>
      <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 text-sm" data-testid="contact-source">
        <dt className="text-slate-500 dark:text-slate-400">{t('contacts.source.method')}</dt>
        <dd>{t(`contacts.method.${method}`)}</dd>
        <dt className="text-slate-500 dark:text-slate-400">{t(isWebUrl(where) ? 'contacts.source.url' : 'contacts.source.where')}</dt>
        <dd className="break-all">
          {isWebUrl(where) ? (
            <a href={where} target="_blank" rel="noreferrer noopener" className="text-indigo-700 underline dark:text-indigo-300">{where}</a>
          ) : (
            where
          )}
        </dd>
        <dt className="text-slate-500 dark:text-slate-400">{t('contacts.source.date')}</dt>
        <dd>{date}</dd>
        <dt className="text-slate-500 dark:text-slate-400">{t('contacts.source.consentAt')}</dt>
        <dd>{dateFormat(locale, { dateStyle: 'medium' }).format(contact.consent.at)}</dd>
      </dl>
    </section>
  );
}
