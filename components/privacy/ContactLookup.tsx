import { useState, type FormEvent } from 'react';
import { contactDossier, dossierFileName } from '../../lib/gdpr/access';
import { eraseContacts } from '../../lib/service/contacts';
import { checkEmail, displayName, type Contact } from '../../lib/model';
import { errorMessage } from '../../lib/ui/errors';
import { navigate } from '../manager/useHashRoute';
import { useI18n } from '../i18n';
import { downloadBlob } from './download';
import { LiftSuppression } from './LiftSuppression';
import { StatusControl } from './StatusControl';
import { useEmailLookup } from '../hooks/usePrivacy';

/** Find one person by email: their data, access request, status, erasure, suppression. */
export function ContactLookup() {
  const { t, locale } = useI18n();
  const [input, setInput] = useState('');
  const [email, setEmail] = useState<string>();
  const [error, setError] = useState<string>();
  const found = useEmailLookup(email);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkEmail(input);
    setError(check.ok ? undefined : t('privacy.lookup.invalid'));
    setEmail(check.ok ? check.email : undefined);
  };

  return (
    <section aria-labelledby="lookup-title" className="space-y-3">
      <h3 id="lookup-title" className="font-semibold">{t('privacy.lookup.title')}</h3>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t('privacy.lookup.explain')}</p>
      <form onSubmit={submit} className="flex gap-2">
        <label className="sr-only" htmlFor="lookup-email">{t('field.email')}</label>
        <input id="lookup-email" name="lookup-email" type="email" value={input} onChange={(e) => setInput(e.target.value)} placeholder="jane@acme.com" className="w-72 rounded border px-2 py-1 text-sm dark:bg-slate-800" />
        <button type="submit" className="rounded bg-indigo-600 px-3 py-1 text-sm text-white">{t('privacy.lookup.find')}</button>
      </form>
      {error && <p role="alert" className="text-sm text-red-600">{error}</p>}
      {found && email && (
        <div data-testid="lookup-result" className="rounded border border-slate-200 p-3 dark:border-slate-700">
          {found.contact ? (
            <ContactPrivacy contact={found.contact} locale={locale} />
          ) : found.suppression ? (
            <div className="space-y-2 text-sm">
              <p>{t(found.suppression.reason === 'erased' ? 'privacy.suppressed.erased' : 'privacy.suppressed.unsubscribed', { date: new Date(found.suppression.at).toLocaleDateString(locale) })}</p>
              {found.suppression.reason === 'unsubscribed' && <LiftSuppression email={email} />}
            </div>
          ) : (
            <p className="text-sm">{t('privacy.lookup.none')}</p>
          )}
        </div>
      )}
    </section>
  );
}

function ContactPrivacy({ contact, locale }: { contact: Contact; locale: string }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const download = async () => {
    const dossier = await contactDossier(contact.id);
    if (dossier) downloadBlob(new Blob([JSON.stringify(dossier, null, 2)], { type: 'application/json' }), dossierFileName(dossier));
  };
  const erase = async () => {
    try {
      await eraseContacts({ ids: [contact.id] });
    } catch (cause) {
      const { key, params } = errorMessage(cause);
      setError(t(key, params));
    }
  };
  return (
    <div className="space-y-3 text-sm">
      <dl className="grid grid-cols-[10rem_1fr] gap-x-3 gap-y-1">
        <dt className="text-slate-500 dark:text-slate-400">{t('privacy.name')}</dt>
        <dd>{displayName(contact)}</dd>
        <dt className="text-slate-500 dark:text-slate-400">{t('field.source')}</dt>
        <dd className="break-all">{t(`privacy.method.${contact.source.method}`)} · {contact.source.where} · {new Date(contact.source.at).toLocaleDateString(locale)}</dd>
        <dt className="text-slate-500 dark:text-slate-400">{t('privacy.legalBasis')}</dt>
        <dd>{t(`privacy.basis.${contact.consent.basis}`)}{contact.consent.note ? ` · ${contact.consent.note}` : ''}</dd>
        <dt className="text-slate-500 dark:text-slate-400">{t('privacy.lastActivity')}</dt>
        <dd>{new Date(contact.lastActivityAt).toLocaleDateString(locale)}</dd>
        {contact.archived === 1 && (
          <>
            <dt className="text-slate-500 dark:text-slate-400">{t('privacy.archived')}</dt>
            <dd>{t('privacy.archived.yes')}</dd>
          </>
        )}
      </dl>
      <StatusControl contact={contact} />
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={() => void download()} className="rounded border px-2 py-1">{t('privacy.access.json')}</button>
        <button type="button" onClick={() => navigate('privacy', { access: String(contact.id) })} className="rounded border px-2 py-1">{t('privacy.access.print')}</button>
        <button type="button" onClick={() => setConfirming(true)} className="rounded border border-red-300 px-2 py-1 text-red-700 dark:border-red-800 dark:text-red-400">{t('privacy.erase')}</button>
      </div>
      {confirming && (
        <div role="alertdialog" aria-label={t('privacy.erase')} className="rounded border border-red-300 bg-red-50 p-2 dark:border-red-800 dark:bg-red-900/30">
          <p>{t('privacy.erase.confirm', { email: contact.email })}</p>
          <div className="mt-2 flex gap-2">
            <button type="button" onClick={() => void erase()} className="rounded bg-red-600 px-2 py-1 text-white">{t('privacy.erase.do')}</button>
            <button type="button" onClick={() => setConfirming(false)} className="rounded border px-2 py-1">{t('common.cancel')}</button>
          </div>
        </div>
      )}
      {error && <p role="alert" className="text-red-600">{error}</p>}
    </div>
  );
}
