import { useId, useState } from 'react';
import { sendMessage } from '../../lib/messaging/protocol';
import { needsNewConsent } from '../../lib/contacts/status';
import { STATUSES, type Contact, type Status } from '../../lib/model';
import { errorMessage } from '../../lib/ui/errors';
import { useT } from '../i18n';

/**
 * Change a contact's status. Moving an Unsubscribed contact back to a status
 * that allows campaigns asks the user to confirm the person agreed again.
 */
export function StatusControl({ contact }: { contact: Contact }) {
  const t = useT();
  const id = useId();
  const [target, setTarget] = useState<Status | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();

  const send = async (status: Status, newConsent?: { note?: string }) => {
    try {
      setError(undefined);
      await sendMessage('changeStatus', { id: contact.id, status, newConsent });
      setTarget(null);
      setConfirmed(false);
      setNote('');
    } catch (cause) {
      const { key, params } = errorMessage(cause);
      setError(t(key, params));
    }
  };

  const choose = (status: Status) => {
    if (needsNewConsent(contact.status, status)) setTarget(status);
    else void send(status);
  };

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium">
        {t('field.status')}
        <select id={id} name="status" value={target ?? contact.status} onChange={(e) => choose(e.target.value as Status)} className="ml-2 rounded border px-2 py-1 dark:bg-slate-800">
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      {target && (
        <div role="group" aria-label={t('privacy.consent.title')} className="rounded border border-amber-300 bg-amber-50 p-2 text-sm dark:border-amber-700 dark:bg-amber-900/30">
          <p>{t('privacy.consent.explain')}</p>
          <label className="mt-1 flex items-center gap-2">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
            {t('privacy.consent.confirm')}
          </label>
          <label className="mt-1 block">
            {t('privacy.consent.note')}
            <input value={note} onChange={(e) => setNote(e.target.value)} className="mt-0.5 block w-full rounded border px-2 py-1 dark:bg-slate-800" />
          </label>
          <div className="mt-2 flex gap-2">
            <button type="button" disabled={!confirmed || !note.trim()} onClick={() => void send(target, { note })} className="rounded bg-indigo-600 px-2 py-1 text-white disabled:opacity-50">
              {t('privacy.consent.apply')}
            </button>
            <button type="button" onClick={() => setTarget(null)} className="rounded border px-2 py-1">
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {error && <p role="alert" className="text-sm text-red-600">{error}</p>}
    </div>
  );
}
