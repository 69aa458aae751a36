import { useState, type CSSProperties, type FormEvent, type Ref } from 'react';
import type { PendingProfile } from '../../lib/db/database';
import type { MessageKey } from '../../lib/i18n';
import { completePending, removePending } from '../../lib/service/pending';
import { profileLinkUrl } from '../../lib/capture/linkedin-url';
import { checkEmail, PLAN_LIMITS } from '../../lib/model';
import { errorMessage } from '../../lib/ui/errors';
import { useT } from '../i18n';

/** One profile waiting for an email: type it, press Enter, it becomes a contact. */
export function PendingRow({ row, style, rowRef, index }: { row: PendingProfile; style?: CSSProperties; rowRef?: Ref<HTMLLIElement>; index?: number }) {
  const t = useT();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const name = row.profile.fullName ?? row.linkedinUrl;
  const role = [row.profile.title, row.profile.company].filter(Boolean).join(' · ');
  const inputId = `pending-${row.linkedinUrl}`;
  // Only a LinkedIn profile URL is a link; anything else a page saved shows as text.
  const href = profileLinkUrl(row.linkedinUrl);

  async function complete(event: FormEvent) {
    event.preventDefault();
    const check = checkEmail(email);
    if (!check.ok) return setError(t(`email.${check.problem}` as MessageKey));
    setBusy(true);
    setError(undefined);
    try {
      const result = await completePending({ linkedinUrl: row.linkedinUrl, email: check.email });
      if (result.outcome === 'refused') setError(t(`error.${result.reason}`, { limit: PLAN_LIMITS.free ?? 0 }));
      if (result.outcome === 'invalid') setError(result.problems.map((p) => p.problem).join(', '));
    } catch (cause) {
      const { key, params } = errorMessage(cause);
      setError(t(key, params));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="py-1.5 text-sm" data-testid="pending-row" style={style} ref={rowRef} data-index={index}>
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          {href ? (
            <a href={href} target="_blank" rel="noreferrer" aria-label={t('linkedin.pending.open', { name })} className="font-medium hover:underline">
              {name}
            </a>
          ) : (
            <span className="font-medium">{name}</span>
          )}
          {role && <span className="block truncate text-xs text-slate-500 dark:text-slate-400">{role}</span>}
        </div>
        <button
          type="button"
          onClick={() => void removePending({ linkedinUrl: row.linkedinUrl })}
          aria-label={t('linkedin.pending.remove', { name })}
          className="rounded px-1.5 text-slate-400 hover:bg-slate-100 hover:text-slate-700 dark:hover:bg-slate-800"
        >
          ×
        </button>
      </div>
      <form onSubmit={complete} className="mt-1 flex gap-1">
        <label htmlFor={inputId} className="sr-only">
          {t('linkedin.pending.emailFor', { name })}
        </label>
        <input
          id={inputId}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          placeholder={t('field.email')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-2 py-0.5 text-sm dark:border-slate-600 dark:bg-slate-800"
        />
        <button type="submit" disabled={busy} className="rounded bg-indigo-600 px-2 py-0.5 text-xs font-medium text-white hover:bg-indigo-700 disabled:opacity-50">
          {t('linkedin.pending.add')}
        </button>
      </form>
      {error && (
        <p id={`${inputId}-error`} role="alert" className="mt-0.5 text-xs text-red-600">
          {error}
        </p>
      )}
    </li>
  );
}
