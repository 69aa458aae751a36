import { useT } from './i18n';
import { usePlanUsage } from './hooks/useContacts';
import { useSettings } from './hooks/useSettings';

/** "123 / 300 contacts" on Free; a plain count on unlimited plans. */
export function PlanUsage() {
  const t = useT();
  const usage = usePlanUsage(useSettings()?.settings.plan);
  if (!usage) return null;
  const full = usage.limit !== null && usage.used >= usage.limit;
  return (
    <span data-testid="plan-usage" className={full ? 'text-xs font-semibold text-red-700 dark:text-red-300' : 'text-xs text-slate-600 dark:text-slate-300'}>
      {usage.limit === null ? t('plan.unlimited', { used: usage.used }) : t('plan.usage', { used: usage.used, limit: usage.limit })}
    </span>
  );
}
