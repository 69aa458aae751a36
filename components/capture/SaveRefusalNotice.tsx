import type { SaveRefusal } from '../../lib/contacts/precheck';
import { openManagerSection } from '../../lib/board/open';
import { useT } from '../i18n';

/** Why Save would be refused, shown before Save, with the one action that can change it. */
export function SaveRefusalNotice({ refusal }: { refusal: SaveRefusal }) {
  const t = useT();
  const action =
    refusal.reason === 'unsubscribed'
      ? { label: t('capture.refusal.openPrivacy'), section: 'privacy' }
      : refusal.reason === 'plan_limit'
        ? { label: t('capture.refusal.openSettings'), section: 'settings' }
        : undefined;
  return (
    <div role="alert" data-testid="capture-refusal" className="space-y-1 rounded border border-red-200 bg-red-50 px-2 py-1.5 text-xs text-red-900 dark:border-red-900 dark:bg-red-950/40 dark:text-red-100">
      <p className="font-medium">{t(`capture.refusal.${refusal.reason}.title`)}</p>
      <p>{t(`capture.refusal.${refusal.reason}.body`, refusal.reason === 'plan_limit' ? { limit: refusal.limit } : undefined)}</p>
      {action && (
        <button type="button" onClick={() => void openManagerSection(action.section)} className="font-medium text-red-900 underline dark:text-red-100">
          {action.label}
        </button>
      )}
    </div>
  );
}
