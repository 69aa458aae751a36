import { useMemo } from 'react';
import { checkEmail } from '../../lib/model/email';
import { emailQuality } from '../../lib/quality/email-quality';
import { useT } from '../i18n';

interface Props {
  email: string;
  /** Called with the suggested address when the user accepts it. */
  onAccept?: (email: string) => void;
}

/**
 * Likely typo, role address or throwaway domain, shown under an email field.
 * Renders nothing for an invalid or unremarkable address.
 */
export function EmailQualityHint({ email, onAccept }: Props) {
  const t = useT();
  const quality = useMemo(() => {
    const check = checkEmail(email);
    return check.ok ? emailQuality(check.email) : undefined;
  }, [email]);
  if (!quality || (!quality.suggestion && !quality.role && !quality.disposable)) return null;
  return (
    <div data-testid="email-quality" role="status" className="mt-1 space-y-0.5 text-xs text-amber-800 dark:text-amber-300">
      {quality.suggestion && (
        <p>
          {t('quality.didYouMean', { email: quality.suggestion })}{' '}
          {onAccept && (
            <button type="button" className="font-medium underline" onClick={() => onAccept(quality.suggestion!)}>
              {t('quality.useSuggestion')}
            </button>
          )}
        </p>
      )}
      {quality.role && <p>{t('quality.role')}</p>}
      {quality.disposable && <p>{t('quality.disposable')}</p>}
    </div>
  );
}
