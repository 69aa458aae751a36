import { useI18n } from '../i18n';

/** "1 contact" / "1,234 contacts" ("0 contact" in French, as French says it). */
export function CountText({ count, testId }: { count: number | undefined; testId?: string }) {
  const { t, locale } = useI18n();
  if (count === undefined) return <span data-testid={testId} className="text-slate-500 dark:text-slate-400">{t('segments.counting')}</span>;
  const one = locale === 'fr' ? count <= 1 : count === 1;
  const formatted = new Intl.NumberFormat(locale).format(count);
  return <span data-testid={testId}>{t(one ? 'segments.count.one' : 'segments.count.other', { count: formatted })}</span>;
}
