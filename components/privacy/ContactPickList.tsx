import type { Contact } from '../../lib/model';
import { displayName } from '../../lib/model';
import { useI18n } from '../i18n';

interface Props {
  contacts: Contact[];
  selected: Set<number>;
  onToggle: (id: number) => void;
  onToggleAll: () => void;
  label: string;
  testId: string;
}

/** One page of contacts with checkboxes (the caller pages through an index). */
export function ContactPickList({ contacts, selected, onToggle, onToggleAll, label, testId }: Props) {
  const { t, locale } = useI18n();
  const all = contacts.length > 0 && contacts.every((c) => selected.has(c.id));
  return (
    <table data-testid={testId} aria-label={label} className="w-full text-sm">
      <thead>
        <tr className="text-left text-slate-500 dark:text-slate-400">
          <th className="w-8"><input type="checkbox" aria-label={t('privacy.selectPage')} checked={all} onChange={onToggleAll} /></th>
          <th>{t('privacy.name')}</th>
          <th>{t('field.email')}</th>
          <th>{t('privacy.lastActivity')}</th>
        </tr>
      </thead>
      <tbody>
        {contacts.map((c) => (
          <tr key={c.id} className="border-t border-slate-100 dark:border-slate-800">
            <td><input type="checkbox" aria-label={t('privacy.select', { email: c.email })} checked={selected.has(c.id)} onChange={() => onToggle(c.id)} /></td>
            <td>{displayName(c)}</td>
            <td className="break-all">{c.email}</td>
            <td>{new Date(c.lastActivityAt).toLocaleDateString(locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
