import { useT } from '../i18n';

/** Settings: turn the automatic Bounced / Replied statuses from Gmail on or off. */
export function AutoStatusToggle({ checked, onChange }: { checked: boolean; onChange: (value: boolean) => void }) {
  const t = useT();
  return (
    <label className="flex items-start gap-2 text-sm">
      <input type="checkbox" name="autoStatusFromGmail" className="mt-0.5" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span>{t('gmail.settings.autoStatus')}</span>
    </label>
  );
}
