import { useId, useState } from 'react';
import { useT } from '../i18n';

/** Retention in months (1–120), saved when a valid number is entered. */
export function RetentionSetting({ months, onSave }: { months: number; onSave: (months: number) => void }) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? String(months);
  const parsed = Number(value);
  const valid = Number.isInteger(parsed) && parsed >= 1 && parsed <= 120;
  const commit = () => {
    if (valid && parsed !== months) onSave(parsed);
    setDraft(null);
  };
  return (
    <div className="text-sm">
      <label htmlFor={id}>{t('settings.retention')}</label>
      <input
        id={id}
        name="retentionMonths"
        type="number"
        min={1}
        max={120}
        value={value}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
        aria-invalid={!valid || undefined}
        aria-describedby={`${id}-help`}
        className="ml-2 w-20 rounded border px-2 py-1 dark:bg-slate-800"
      />
      <p id={`${id}-help`} className={valid ? 'text-xs text-slate-500 dark:text-slate-400' : 'text-xs text-red-600 dark:text-red-400'}>
        {valid ? t('settings.retention.help') : t('settings.retention.invalid')}
      </p>
    </div>
  );
}
