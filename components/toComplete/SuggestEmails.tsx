import { useEffect, useState } from 'react';
import { EMAIL_PATTERNS, emailFromPattern, type EmailPattern } from '../../lib/capture/email-guesses';
import { knownDomainForCompany } from '../../lib/capture/known-company-domain';
import { UNVERIFIED_EMAIL_TAG, suggestEmails } from '../../lib/contacts/pending-import';
import { companyKey } from '../../lib/contacts/pending-view';
import type { PendingProfile } from '../../lib/db/database';
import { checkEmail } from '../../lib/model';
import { getSettings } from '../../lib/settings/store';
import { errorMessage } from '../../lib/ui/errors';
import { usePlural } from '../hooks/usePlural';
import { useI18n } from '../i18n';
import { Select } from '../ui/Select';

const PATTERNS = Object.keys(EMAIL_PATTERNS) as EmailPattern[];
const field = 'mt-0.5 block rounded border border-slate-300 bg-white px-2 py-1 text-sm font-normal dark:border-slate-600 dark:bg-slate-800';

/** Bulk "suggest emails": one company, its domain and pattern chosen once, applied to everyone waiting there. */
export function SuggestEmails({ rows, companies }: { rows: PendingProfile[]; companies: Array<{ company: string; count: number }> }) {
  const { t, locale } = useI18n();
  const tp = usePlural();
  const [company, setCompany] = useState('');
  const [domain, setDomain] = useState('');
  const [pattern, setPattern] = useState<EmailPattern>('first.last');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string }>();
  const people = company ? rows.filter((r) => companyKey(r.profile.company) === companyKey(company)) : [];
  const domainOk = checkEmail(`a@${domain.trim()}`).ok;
  const example = people.find((r) => r.profile.firstName && r.profile.lastName);
  const preview = example && domainOk ? emailFromPattern(pattern, example.profile.firstName, example.profile.lastName, domain.trim().toLowerCase()) : undefined;

  // A domain the user's contacts at this company already use is offered first.
  useEffect(() => {
    let alive = true;
    if (company) void knownDomainForCompany(company).then((known) => alive && known && setDomain(known));
    return () => {
      alive = false;
    };
  }, [company]);

  const apply = async () => {
    setBusy(true);
    setMessage(undefined);
    try {
      const { report, skipped, settled } = await suggestEmails(people, pattern, domain.trim().toLowerCase(), await getSettings());
      const refused = report.invalid.length + report.suppressed.length + report.overLimit.length;
      const fmt = (n: number) => n.toLocaleString(locale);
      setMessage({ kind: 'done', text: t('toComplete.suggest.done', { settled: fmt(settled), refused: fmt(refused), skipped: fmt(skipped), tag: UNVERIFIED_EMAIL_TAG }) });
    } catch (cause) {
      const { key, params } = errorMessage(cause);
      setMessage({ kind: 'error', text: t(key, params) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="rounded border border-slate-200 p-3 dark:border-slate-700" data-testid="suggest-emails">
      <summary className="cursor-pointer text-sm font-medium">{t('toComplete.suggest.title')}</summary>
      <p className="mt-1 text-xs text-slate-500">{t('toComplete.suggest.intro', { tag: UNVERIFIED_EMAIL_TAG })}</p>
      <div className="mt-2 flex flex-wrap items-end gap-2">
        <Select
          label={t('toComplete.company')}
          className="w-56"
          value={company}
          onChange={setCompany}
          options={[{ value: '', label: t('toComplete.suggest.pickCompany') }, ...companies.map((c) => ({ value: c.company, label: `${c.company} (${c.count.toLocaleString(locale)})` }))]}
        />
        <label className="text-xs font-medium text-slate-600 dark:text-slate-300">
          {t('toComplete.suggest.domain')}
          <input value={domain} onChange={(e) => setDomain(e.target.value)} placeholder="acme.com" className={field} aria-invalid={domain && !domainOk ? true : undefined} />
        </label>
        <Select<EmailPattern> label={t('toComplete.suggest.pattern')} className="w-40" value={pattern} onChange={setPattern} options={PATTERNS.map((p) => ({ value: p, label: `${p}@` }))} />
        <button
          type="button"
          disabled={!people.length || !domainOk || busy}
          onClick={() => void apply()}
          className="rounded bg-indigo-600 px-3 py-1 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-50"
        >
          {tp('toComplete.suggest.apply', people.length)}
        </button>
      </div>
      {preview && <p className="mt-1 text-xs text-slate-600 dark:text-slate-300" data-testid="suggest-preview">{t('toComplete.suggest.preview', { name: example!.profile.fullName ?? '', email: preview })}</p>}
      {busy && <progress className="mt-1 block w-full" aria-label={t('toComplete.suggest.working')} />}
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} data-testid="suggest-result" className={`mt-1 text-xs ${message.kind === 'error' ? 'text-red-600' : 'text-emerald-700 dark:text-emerald-400'}`}>
          {message.text}
        </p>
      )}
    </details>
  );
}
