import { useState } from 'react';
import { saveSettings } from '../../lib/service/catalog';
import { LEGAL_BASES, LOCALE_SETTINGS, PLANS, type Settings } from '../../lib/model';
import { RetentionSetting } from './RetentionSetting';
import { errorMessage } from '../../lib/ui/errors';
import { useSettings } from '../hooks/useSettings';
import { useT } from '../i18n';
import { Select } from '../ui/Select';
import { AutoStatusToggle } from '../gmail/AutoStatusToggle';
import { RemindersToggle } from '../followups/RemindersToggle';

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
      <Select label={t('settings.plan')} name="plan" className="max-w-xs" value={settings.plan} options={PLANS.map((plan) => ({ value: plan, label: t(`settings.plan.${plan}`) }))} onChange={(plan) => void save({ plan })} />
      <Select label={t('settings.language')} name="locale" className="max-w-xs" value={settings.locale} options={LOCALE_SETTINGS.map((locale) => ({ value: locale, label: t(`settings.language.${locale}`) }))} onChange={(locale) => void save({ locale })} />
      <AutoStatusToggle checked={settings.autoStatusFromGmail} onChange={(autoStatusFromGmail) => void save({ autoStatusFromGmail })} />
      <RemindersToggle checked={settings.reminders} onChange={(reminders) => void save({ reminders })} />
      <Select
        label={t('settings.legalBasis')}
        name="defaultLegalBasis"
        className="max-w-xs"
        value={settings.defaultLegalBasis}
        options={LEGAL_BASES.map((basis) => ({ value: basis, label: t(`privacy.basis.${basis}`) }))}
        onChange={(defaultLegalBasis) => void save({ defaultLegalBasis })}
      />
      <RetentionSetting months={settings.retentionMonths} onSave={(retentionMonths) => void save({ retentionMonths })} />
      {error && <p role="alert" className="text-sm text-red-600">{error}</p>}
    </section>
  );
}
