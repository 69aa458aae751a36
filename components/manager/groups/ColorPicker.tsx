import { GROUP_COLORS } from '../../../lib/contacts/groups';
import { useT } from '../../i18n';

/** A row of color swatches as radio buttons (arrow keys move between them). */
export function ColorPicker({ value, onChange, name }: { value: string; onChange: (color: string) => void; name: string }) {
  const t = useT();
  return (
    <div role="radiogroup" aria-label={t('groups.color')} className="flex gap-1">
      {GROUP_COLORS.map((color, i) => (
        <label key={color} className="cursor-pointer">
          {/* Swatches, not text choices: RadioGroup's cards do not fit; the radio is hidden and the swatch drawn. */}
          {/* eslint-disable-next-line no-restricted-syntax */}
          <input type="radio" name={name} value={color} checked={value === color} onChange={() => onChange(color)} className="peer sr-only" />
          <span className="sr-only">{t('groups.colorN', { n: i + 1 })}</span>
          <span aria-hidden className="block size-5 rounded-full ring-offset-2 peer-checked:ring-2 peer-checked:ring-slate-900 peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-indigo-500 dark:ring-offset-slate-900 dark:peer-checked:ring-white" style={{ backgroundColor: color }} />
        </label>
      ))}
    </div>
  );
}
