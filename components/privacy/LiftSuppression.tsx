import { useState } from 'react';
import { liftSuppression } from '../../lib/service/privacy';
import { errorMessage } from '../../lib/ui/errors';
import { useT } from '../i18n';

/** Lift an unsubscribe: only after the user states the person agreed again, with a note. */
export function LiftSuppression({ email }: { email: string }) {
  const t = useT();
  const [confirmed, setConfirmed] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const lift = async () => {
    try {
      await liftSuppression({ email, consentConfirmed: true, note });
    } catch (cause) {
      const { key, params } = errorMessage(cause);
      setError(t(key, params));
    }
  };
  return (
    <div role="group" aria-label={t('privacy.lift.title')} className="space-y-1 rounded border border-amber-300 bg-amber-50 p-2 dark:border-amber-700 dark:bg-amber-900/30">
      <p>{t('privacy.consent.explain')}</p>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
        {t('privacy.consent.confirm')}
      </label>
      <label className="block">
        {t('privacy.consent.note')}
        <input value={note} onChange={(e) => setNote(e.target.value)} className="mt-0.5 block w-full rounded border px-2 py-1 dark:bg-slate-800" />
      </label>
      <button type="button" disabled={!confirmed || !note.trim()} onClick={() => void lift()} className="rounded bg-indigo-600 px-2 py-1 text-white disabled:opacity-50">
        {t('privacy.lift.do')}
      </button>
      {error && <p role="alert" className="text-red-600">{error}</p>}
    </div>
  );
}
