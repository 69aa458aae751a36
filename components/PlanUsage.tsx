import { useT } from './i18n';
import { usePlanUsage } from './hooks/useContacts';
import { useSettings } from './hooks/useSettings';
import { planUsageClass, planUsageKey, planUsageParams } from './planUsageLook';

/** "123 / 300 contacts" on Free; a plain count on unlimited plans. */
export function PlanUsage() {
  const t = useT();
  const usage = usePlanUsage(useSettings()?.settings.plan);
  if (!usage) return null;
  return (
    <span data-testid="plan-usage" className={planUsageClass(usage)}>
      {t(planUsageKey(usage), planUsageParams(usage))}
    </span>
  );
}
