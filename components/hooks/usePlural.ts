import { useCallback } from 'react';
import type { Params } from '../../lib/i18n';
import { translatePlural } from '../../lib/i18n/plural';
import { useI18n } from '../i18n';

type Base = Parameters<typeof translatePlural>[2];

/** `tp('contacts.count', n)` picks `.one` or `.other` by the locale's plural rule. */
export function usePlural(): (base: Base, count: number, params?: Params) => string {
  const { t, locale } = useI18n();
  return useCallback((base, count, params) => translatePlural(t, locale, base, count, params), [t, locale]);
}
