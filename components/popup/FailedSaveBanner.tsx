import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { openManagerSection } from '../../lib/board/open';
import { dismissFailedSave, FAILED_SAVE_KEY, readFailedSave, type FailedSave } from '../../lib/background/failed-save';
import { PLAN_LIMITS } from '../../lib/model';
import { useI18n } from '../i18n';
import { dateFormat } from '../../lib/i18n/date-format';
import { Button } from '../ui/Button';

const ACTION: Partial<Record<FailedSave['reason'], { label: 'capture.refusal.openSettings' | 'capture.refusal.openPrivacy'; section: string }>> = {
  plan_limit: { label: 'capture.refusal.openSettings', section: 'settings' },
  unsubscribed: { label: 'capture.refusal.openPrivacy', section: 'privacy' },
};

/** A shortcut or context-menu save that failed: why, and what to do, until dismissed. */
export function FailedSaveBanner() {
  const { t, locale } = useI18n();
  const [failure, setFailure] = useState<FailedSave>();
  useEffect(() => {
    const read = () => void readFailedSave().then(setFailure);
    read();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && FAILED_SAVE_KEY in changes) read();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  if (!failure) return null;
  const action = ACTION[failure.reason];
  const when = dateFormat(locale, { timeStyle: 'short' }).format(failure.at);
  const dismiss = () => {
    setFailure(undefined);
    void dismissFailedSave();
  };
  return (
    <section role="alert" data-testid="failed-save" className="space-y-1 rounded-lg border border-red-200 bg-red-50 p-2 text-xs text-red-900 dark:border-red-900 dark:bg-red-950/40 dark:text-red-100">
      <p className="font-semibold">{t(`failedSave.title.${failure.via}`, { time: when })}</p>
      <p>{t(`failedSave.reason.${failure.reason}`, { email: failure.email ?? '', limit: PLAN_LIMITS.free ?? 0 })}</p>
      <div className="flex gap-2 pt-1">
        {action && (
          <Button size="sm" onClick={() => void openManagerSection(action.section)}>
            {t(action.label)}
          </Button>
        )}
        <Button size="sm" variant="ghost" onClick={dismiss}>
          {t('failedSave.dismiss')}
        </Button>
      </div>
    </section>
  );
}
