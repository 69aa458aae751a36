import { useState } from 'react';
import { saveSettings } from '../../lib/service/catalog';
import { LEGAL_BASES, LOCALE_SETTINGS, PLANS, type Settings } from '../../lib/model';
import { RetentionSetting } from './RetentionSetting';
import { errorMessage } from '../../lib/ui/errors';
import { useSettings } from '../hooks/useSettings';
import { useT } from '../i18n';
import { AutoStatusToggle } from '../gmail/AutoStatusToggle';

export function SettingsPanel() {
  const t = useT();
  const loaded = useSettings();
  const [error, setError] = useState<string>();
  if (!loaded) return null;
  const { settings, recovered } = loaded;

  const save = async (patch: Partial<Settings>) => {
    try {
      setError(undefined);
      await saveSettings(patch);
    } catch (cause) {
      const { key, params } = errorMessage(cause);
      setError(t(key, params));
    }
  };

  return (
    <section aria-labelledby="settings-title" className="space-y-3">
      <h2 id="settings-title" className="text-lg font-semibold">
        {t('common.settings')}
      </h2>
      {recovered && (
        <p role="alert" className="rounded bg-amber-50 p-2 text-sm text-amber-900" data-testid="settings-recovered">
          {t('settings.recovered')}
        </p>
      )}
      <label className="block text-sm">
        {t('settings.plan')}
        <select className="ml-2 rounded border px-2 py-1 dark:bg-slate-800" value={settings.plan} onChange={(e) => void save({ plan: e.target.value as Settings['plan'] })} name="plan">
          {PLANS.map((plan) => (
            <option key={plan} value={plan}>
              {t(`settings.plan.${plan}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="block text-sm">
        {t('settings.language')}
        <select className="ml-2 rounded border px-2 py-1 dark:bg-slate-800" value={settings.locale} onChange={(e) => void save({ locale: e.target.value as Settings['locale'] })} name="locale">
          {LOCALE_SETTINGS.map((locale) => (
            <option key={locale} value={locale}>
              {t(`settings.language.${locale}`)}
            </option>
          ))}
        </select>
      </label>
      <AutoStatusToggle checked={settings.autoStatusFromGmail} onChange={(autoStatusFromGmail) => void save({ autoStatusFromGmail })} />
      <label className="block text-sm">
        {t('settings.legalBasis')}
        <select className="ml-2 rounded border px-2 py-1 dark:bg-slate-800" value={settings.defaultLegalBasis} onChange={(e) => void save({ defaultLegalBasis: e.target.value as Settings['defaultLegalBasis'] })} name="defaultLegalBasis">
          {LEGAL_BASES.map((basis) => (
            <option key={basis} value={basis}>
              {t(`privacy.basis.${basis}`)}
            </option>
          ))}
        </select>
      </label>
      <RetentionSetting months={settings.retentionMonths} onSave={(retentionMonths) => void save({ retentionMonths })} />
      {error && <p role="alert" className="text-sm text-red-600">{error}</p>}
    </section>
  );
}
