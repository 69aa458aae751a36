import { useId } from 'react';
import { useT } from '../i18n';

export interface ConsentValue {
  confirmed: boolean;
  note: string;
}

/**
 * Shown in the drawer when the status chosen reopens an unsubscribed
 * contact: the user confirms the person agreed again and says how; saving
 * records it as the contact's legal basis and lifts the unsubscribe.
 */
export function ConsentConfirmation({ value, onChange }: { value: ConsentValue; onChange: (value: ConsentValue) => void }) {
  const t = useT();
  const id = useId();
  return (
    <div role="group" aria-labelledby={`${id}-title`} data-testid="consent-confirmation" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-900/30">
      <p id={`${id}-title`} className="font-medium">{t('privacy.consent.title')}</p>
      <p className="mt-1">{t('privacy.consent.explain')}</p>
      <label className="mt-2 flex items-center gap-2">
        <input type="checkbox" checked={value.confirmed} onChange={(e) => onChange({ ...value, confirmed: e.target.checked })} />
        {t('privacy.consent.confirm')}
      </label>
      <label className="mt-2 block">
        {t('privacy.consent.note')}
        <input value={value.note} maxLength={500} onChange={(e) => onChange({ ...value, note: e.target.value })} className="mt-0.5 block w-full rounded border px-2 py-1 dark:bg-slate-800" />
      </label>
    </div>
  );
}
