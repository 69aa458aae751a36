import { useId, useState, type KeyboardEvent } from 'react';
import { updateContact } from '../../lib/service/contacts';
import { NEXT_STEP_MAX, type Contact, type NextStep } from '../../lib/model';
import { defaultDue, fromLocalInput, snoozedStep, toLocalInput } from '../../lib/notes/next-step';
import { describeError } from '../manager/contacts/feedback';
import { useT } from '../i18n';
import { Button } from '../ui/Button';
import { DueMark } from './DueMark';

const INPUT = 'mt-0.5 block w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';

/**
 * The contact's next step: what to do and by when, saved on its own (an edit
 * of that one field, based on the contact as shown), done, or snoozed a day.
 */
export function NextStepEditor({ contact }: { contact: Contact }) {
  const t = useT();
  const id = useId();
  const step = contact.nextStep;
  const [text, setText] = useState(step?.text ?? '');
  const [due, setDue] = useState(toLocalInput(step?.dueAt ?? defaultDue()));
  const [feedback, setFeedback] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);
  // Done or snoozed elsewhere (a reminder, another page): show the step as stored now.
  const stored = `${step?.text}|${step?.dueAt}`;
  const [shown, setShown] = useState(stored);
  if (shown !== stored) {
    setShown(stored);
    setText(step?.text ?? '');
    setDue(toLocalInput(step?.dueAt ?? defaultDue()));
  }

  async function write(next: NextStep | null, done: string) {
    setBusy(true);
    try {
      const base = { updatedAt: contact.updatedAt, values: { nextStep: contact.nextStep } };
      const saved = await updateContact({ id: contact.id, patch: { nextStep: next }, base });
      setText(saved.nextStep?.text ?? '');
      setDue(toLocalInput(saved.nextStep?.dueAt ?? defaultDue()));
      setFeedback({ tone: 'ok', text: done });
    } catch (error) {
      setFeedback({ tone: 'error', text: describeError(error, t) });
    } finally {
      setBusy(false);
    }
  }

  function save() {
    const dueAt = fromLocalInput(due);
    if (!text.trim()) return setFeedback({ tone: 'error', text: t('followups.nextStep.textNeeded') });
    if (dueAt === undefined) return setFeedback({ tone: 'error', text: t('followups.nextStep.invalidDue') });
    void write({ text: text.trim(), dueAt }, t('followups.nextStep.saved'));
  }

  // Enter saves the step, not the contact form around it.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    save();
  };

  return (
    <section aria-labelledby={`${id}-title`} data-testid="next-step" className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <h3 id={`${id}-title`} className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
          {t('followups.nextStep.title')}
        </h3>
        {step && <DueMark step={step} />}
      </div>
      {!step && <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">{t('followups.nextStep.none')}</p>}
      <div className="grid gap-2 sm:grid-cols-[1fr_auto]">
        <label className="block text-xs font-medium text-slate-600 dark:text-slate-300">
          {t('followups.nextStep.text')}
          <input className={INPUT} value={text} maxLength={NEXT_STEP_MAX} placeholder={t('followups.nextStep.placeholder')} onChange={(e) => setText(e.target.value)} onKeyDown={onKeyDown} />
        </label>
        <label className="block text-xs font-medium text-slate-600 dark:text-slate-300">
          {t('followups.nextStep.due')}
          <input className={INPUT} type="datetime-local" value={due} onChange={(e) => setDue(e.target.value)} onKeyDown={onKeyDown} />
        </label>
      </div>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button variant="primary" size="sm" disabled={busy} onClick={save}>
          {t('followups.nextStep.save')}
        </Button>
        {step && (
          <>
            <Button size="sm" disabled={busy} onClick={() => void write(null, t('followups.nextStep.cleared'))}>
              {t('followups.nextStep.done')}
            </Button>
            <Button size="sm" disabled={busy} onClick={() => void write(snoozedStep(step), t('followups.nextStep.saved'))}>
              {t('followups.nextStep.snooze')}
            </Button>
          </>
        )}
      </div>
      <p role="status" aria-live="polite" className={`mt-1 text-xs ${feedback?.tone === 'error' ? 'text-rose-700 dark:text-rose-300' : 'text-emerald-700 dark:text-emerald-300'}`}>
        {feedback?.text}
      </p>
    </section>
  );
}
