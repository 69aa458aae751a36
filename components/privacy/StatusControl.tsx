import { useState } from 'react';
import { changeStatus } from '../../lib/service/contacts';
import { needsNewConsent } from '../../lib/contacts/status';
import { STATUSES, type Contact, type Status } from '../../lib/model';
import { errorMessage } from '../../lib/ui/errors';
import { ConsentConfirmation } from '../contact/ConsentConfirmation';
import { useT } from '../i18n';
import { Select } from '../ui/Select';

/**
 * Change a contact's status. Moving an Unsubscribed contact back to a status
 * that allows campaigns asks the user to confirm the person agreed again.
 */
export function StatusControl({ contact }: { contact: Contact }) {
  const t = useT();
  const [target, setTarget] = useState<Status | null>(null);
  const [consent, setConsent] = useState({ confirmed: false, note: '' });
  const [error, setError] = useState<string>();

  const send = async (status: Status, newConsent?: { note?: string }) => {
    try {
      setError(undefined);
      await changeStatus({ id: contact.id, status, newConsent });
      setTarget(null);
      setConsent({ confirmed: false, note: '' });
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
      <Select label={t('field.status')} name="status" className="max-w-xs" value={target ?? contact.status} options={STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))} onChange={choose} />
      {target && (
        <div className="space-y-2">
          <ConsentConfirmation value={consent} onChange={setConsent} />
          <div className="flex gap-2 text-sm">
            <button type="button" disabled={!consent.confirmed || !consent.note.trim()} onClick={() => void send(target, { note: consent.note })} className="rounded bg-indigo-600 px-2 py-1 text-white disabled:opacity-50">
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
