import { useState, type FormEvent } from 'react';
import type { TabPage } from '../../lib/background/page-state';
import type { CapturedProfile } from '../../lib/capture/profile';
import { sendMessage } from '../../lib/messaging/protocol';
import { checkEmail, PLAN_LIMITS, type Contact } from '../../lib/model';
import type { UpsertResult } from '../../lib/contacts/repository';
import { errorMessage } from '../../lib/ui/errors';
import type { MessageKey } from '../../lib/i18n';
import { useT } from '../i18n';
import { TextField } from '../ui/TextField';

const FIELDS = ['firstName', 'lastName', 'company', 'title'] as const;
type Values = Record<'email' | (typeof FIELDS)[number], string>;

interface Props {
  page: TabPage;
  profile: CapturedProfile;
  known: Contact | null;
}

export function CaptureForm({ page, profile, known }: Props) {
  const t = useT();
  const [values, setValues] = useState<Values>({
    email: profile.email ?? known?.email ?? '',
    firstName: profile.firstName ?? '',
    lastName: profile.lastName ?? '',
    company: profile.company ?? '',
    title: profile.title ?? '',
  });
  const [emailError, setEmailError] = useState<string>();
  const [feedback, setFeedback] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const [saving, setSaving] = useState(false);

  const set = (field: keyof Values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function save(event: FormEvent) {
    event.preventDefault();
    const email = checkEmail(values.email);
    if (!email.ok) {
      setEmailError(t(`email.${email.problem}` as MessageKey));
      return;
    }
    setEmailError(undefined);
    setSaving(true);
    try {
      const result = await sendMessage('captureContact', {
        email: email.email,
        ...Object.fromEntries(FIELDS.map((f) => [f, values[f].trim() || undefined])),
        linkedinUrl: profile.linkedinUrl,
        phone: profile.phone,
        source: { method: page.method, where: page.url, at: Date.now() },
      });
      setFeedback(describe(result, t));
    } catch (error) {
      const { key, params } = errorMessage(error);
      setFeedback({ tone: 'error', text: t(key, params) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={save} className="space-y-2" aria-describedby="capture-feedback">
      {known && (
        <p className="rounded bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:bg-amber-900/30 dark:text-amber-200" data-testid="capture-known">
          {t('capture.alreadyKnown')} · {known.email}
        </p>
      )}
      <TextField label={t('field.email')} value={values.email} onChange={set('email')} error={emailError} type="email" autoFocus={!values.email} name="email" />
      {!values.email && <p className="text-xs text-slate-500">{t('capture.emailNeeded')}</p>}
      <div className="grid grid-cols-2 gap-2">
        {FIELDS.map((field) => (
          <TextField key={field} label={t(`field.${field}`)} value={values[field]} onChange={set(field)} name={field} />
        ))}
      </div>
      <button type="submit" disabled={saving} className="w-full rounded bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-50">
        {t('common.save')}
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
