import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { resolveLocale, translator, type Locale, type Translate } from '../lib/i18n';
import { SettingsProvider, useSettings } from './hooks/useSettings';

interface I18n {
  locale: Locale;
  t: Translate;
}

const I18nContext = createContext<I18n>({ locale: 'en', t: translator('en') });

/** The locale comes from settings ("auto" = the browser's language); the settings are read once for the page. */
export function I18nProvider({ children }: { children: ReactNode }) {
  return (
    <SettingsProvider>
      <LocaleProvider>{children}</LocaleProvider>
    </SettingsProvider>
  );
}

function LocaleProvider({ children }: { children: ReactNode }) {
  const loaded = useSettings();
  const locale = resolveLocale(loaded?.settings.locale ?? 'auto');
  const value = useMemo(() => ({ locale, t: translator(locale) }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export function useT(): Translate {
  return useContext(I18nContext).t;
}
