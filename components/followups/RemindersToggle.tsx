import { useT } from '../i18n';

/** Settings: reminders of next steps (notifications and the overdue count on the toolbar icon) on or off. */
export function RemindersToggle({ checked, onChange }: { checked: boolean; onChange: (value: boolean) => void }) {
  const t = useT();
  return (
    <label className="flex items-start gap-2 text-sm">
      <input type="checkbox" name="reminders" className="mt-0.5" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span>{t('followups.settings.reminders')}</span>
    </label>
  );
}
