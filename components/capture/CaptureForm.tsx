import { Suspense, useDeferredValue, useState, type FormEvent } from 'react';
import type { TabPage } from '../../lib/background/page-state';
import { draftFromProfile } from '../../lib/capture/draft';
import type { CapturedProfile } from '../../lib/capture/profile';
import { captureContact } from '../../lib/service/contacts';
import { savePending } from '../../lib/service/pending';
import { checkEmail, PLAN_LIMITS, type Contact } from '../../lib/model';
import type { UpsertResult } from '../../lib/contacts/repository';
import { errorMessage } from '../../lib/ui/errors';
import type { MessageKey } from '../../lib/i18n';
import { useT } from '../i18n';
import { TextField } from '../ui/TextField';
import { lazyNamed } from '../ui/lazy';
import { KnownDiff } from './KnownDiff';
import { SaveRefusalNotice } from './SaveRefusalNotice';
import { useSettings } from '../hooks/useSettings';
import { EmailQualityHint } from '../quality/EmailQualityHint';
import { useSaveRefusal } from '../hooks/useContacts';

// Guesses need the public-suffix list (tldts, ~300 KB): loaded only when a form has no email.
const EmailGuesses = lazyNamed(() => import('./EmailGuesses'), 'EmailGuesses');

const FIELDS = ['firstName', 'lastName', 'company', 'title'] as const;
type Values = Record<'email' | (typeof FIELDS)[number], string>;
/** Marks a contact whose address was a guess the user picked, not one read on a page. */
export const UNVERIFIED_TAG = 'unverified-email';

interface Props {
  page: TabPage;
  profile: CapturedProfile;
  known: Contact | null;
  /** The profile already waits in "To complete". */
  pending: boolean;
}

export function CaptureForm({ page, profile, known, pending }: Props) {
  const t = useT();
  const [values, setValues] = useState<Values>({
    email: profile.email ?? known?.email ?? '',
    firstName: profile.firstName ?? '',
    lastName: profile.lastName ?? '',
    company: profile.company ?? '',
    title: profile.title ?? '',
  });
  const [guessed, setGuessed] = useState<string>();
  const [emailError, setEmailError] = useState<string>();
  const [feedback, setFeedback] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const [saving, setSaving] = useState(false);
  // A guessed field stays marked until the user changes it (then it is theirs).
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(() => new Set(profile.uncertain ?? []));
  const canWait = page.method === 'linkedin' || page.method === 'salesnav';
  // Told before Save: an erased or unsubscribed address, or a full plan (live, as the email is typed).
  const plan = useSettings()?.settings.plan;
  const typed = useDeferredValue(values.email);
  const refusal = useSaveRefusal(typed, plan);

  const set = (field: keyof Values) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setUnchecked((marked) => (marked.has(field) ? new Set([...marked].filter((f) => f !== field)) : marked));
  };
  const flagged = FIELDS.filter((field) => unchecked.has(field) && values[field]);
  const edited: CapturedProfile = { ...profile, ...Object.fromEntries(FIELDS.map((f) => [f, values[f].trim() || undefined])) };

  async function run(action: () => Promise<{ tone: 'ok' | 'error'; text: string }>) {
    setSaving(true);
    try {
      setFeedback(await action());
    } catch (error) {
      const { key, params } = errorMessage(error);
      setFeedback({ tone: 'error', text: t(key, params) });
    } finally {
      setSaving(false);
    }
  }

  function save(event: FormEvent) {
    event.preventDefault();
    if (!values.email.trim() && canWait) {
      setEmailError(undefined);
      void run(async () => {
        await savePending({ profile: edited, sourceUrl: page.url, method: page.method as 'linkedin' | 'salesnav' });
        return { tone: 'ok', text: t('linkedin.savedPending') };
      });
      return;
    }
    const email = checkEmail(values.email);
    if (!email.ok) {
      setEmailError(t(`email.${email.problem}` as MessageKey));
      return;
    }
    setEmailError(undefined);
    const draft = draftFromProfile(edited, email.email, page.url, page.method);
    if (guessed === email.email) draft.tags = [UNVERIFIED_TAG];
    void run(async () => describe(await captureContact(draft), t));
  }

  const diffDraft = known ? draftFromProfile(edited, values.email.trim() || known.email, page.url, page.method) : null;
  return (
    <form onSubmit={save} className="space-y-2" aria-describedby="capture-feedback">
      {known && diffDraft && <KnownDiff known={known} draft={diffDraft} />}
      {!known && pending && (
        <p className="rounded bg-sky-50 px-2 py-1 text-xs text-sky-900 dark:bg-sky-900/30 dark:text-sky-100" data-testid="capture-pending">
          {t('linkedin.inPending')}
        </p>
      )}
      <TextField label={t('field.email')} value={values.email} onChange={set('email')} error={emailError} type="email" autoFocus={!values.email} name="email" />
      {guessed && guessed === values.email && <p className="text-xs text-amber-700 dark:text-amber-300">{t('linkedin.guessChosen')}</p>}
      <EmailQualityHint email={values.email} onAccept={set('email')} />
      {!values.email && (
        <>
          <p className="text-xs text-slate-500 dark:text-slate-400">{canWait ? t('capture.emailNeeded') : t('linkedin.noEmailElsewhere')}</p>
          <Suspense fallback={null}>
            <EmailGuesses
              firstName={values.firstName}
              lastName={values.lastName}
              company={values.company}
              website={profile.website}
              onPick={(email) => {
                setGuessed(email);
                setValues((v) => ({ ...v, email }));
              }}
            />
          </Suspense>
        </>
      )}
      {flagged.length > 0 && (
        <p className="rounded bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:bg-amber-900/30 dark:text-amber-100" data-testid="capture-uncertain">
          {t('linkedin.uncertain')}
        </p>
      )}
      {refusal && <SaveRefusalNotice refusal={refusal} />}
      <div className="grid grid-cols-2 gap-2">
        {FIELDS.map((field) => (
          <TextField
            key={field}
            label={t(`field.${field}`)}
            value={values[field]}
            onChange={set(field)}
            name={field}
            flag={flagged.includes(field) ? { label: t('linkedin.uncertainField'), hint: t('linkedin.uncertainHint') } : undefined}
          />
        ))}
      </div>
      <button type="submit" disabled={saving || !!refusal} className="w-full rounded bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-400 disabled:opacity-50">
        {!values.email.trim() && canWait ? t('linkedin.saveWithoutEmail') : t('common.save')}
      </button>
      <p id="capture-feedback" role="status" aria-live="polite" data-testid="capture-feedback" className={feedback?.tone === 'error' ? 'text-sm text-red-600' : 'text-sm text-emerald-700 dark:text-emerald-400'}>
        {feedback?.text}
      </p>
    </form>
  );
}

function describe(result: UpsertResult, t: ReturnType<typeof useT>): { tone: 'ok' | 'error'; text: string } {
  switch (result.outcome) {
    case 'created':
      return { tone: 'ok', text: t('capture.saved') };
    case 'updated':
      return { tone: 'ok', text: t('capture.updated', { fields: Object.keys(result.changes).map((f) => fieldLabel(f, t)).join(', ') }) };
    case 'unchanged':
      return { tone: 'ok', text: t('capture.unchanged') };
    case 'refused':
      return { tone: 'error', text: t(`error.${result.reason}`, { limit: PLAN_LIMITS.free ?? 0 }) };
    case 'invalid':
      return { tone: 'error', text: result.problems.map((p) => p.problem).join(', ') };
  }
}

function fieldLabel(field: string, t: ReturnType<typeof useT>): string {
  const key = `field.${field}` as MessageKey;
  const label = t(key);
  return label === key ? field : label;
}
