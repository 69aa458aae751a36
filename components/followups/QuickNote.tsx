import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { addNote } from '../../lib/service/notes';
import { displayName, NOTE_LIMITS, type Contact } from '../../lib/model';
import { errorMessage } from '../../lib/ui/errors';
import { useT } from '../i18n';
import { DueMark } from './DueMark';

/** A key typed into a field is text, not a shortcut. */
function typing(target: EventTarget | null): boolean {
  const node = target as HTMLElement | null;
  return !!node && (node.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(node.tagName));
}

/**
 * One line to note something about the contact on this page: N focuses it,
 * Enter saves. Shown in the popup's and side panel's capture card.
 */
export function QuickNote({ contact }: { contact: Pick<Contact, 'id' | 'firstName' | 'lastName' | 'email' | 'nextStep'> }) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);
  const name = displayName(contact);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'n' || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!text.trim() || busy) return;
    setBusy(true);
    try {
      await addNote({ contactId: contact.id, text });
      setText('');
      setStatus({ tone: 'ok', text: t('followups.quick.saved', { name }) });
    } catch (error) {
      const { key, params } = errorMessage(error);
      setStatus({ tone: 'error', text: t('followups.quick.failed', { reason: t(key, params) }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={save} className="mt-3 border-t border-slate-200 pt-2 dark:border-slate-700" data-testid="quick-note">
      {contact.nextStep && (
        <p className="mb-1 flex flex-wrap items-center gap-1 text-xs" data-testid="quick-next-step">
          <span className="font-medium">{t('followups.nextStep.label')}</span>
          <span className="min-w-0 truncate">{contact.nextStep.text}</span>
          <DueMark step={contact.nextStep} />
        </p>
      )}
      <label htmlFor={id} className="block text-xs font-medium text-slate-600 dark:text-slate-300">
        {t('followups.quick.label', { name })} <kbd className="rounded border border-slate-300 px-1 text-[10px] dark:border-slate-600">N</kbd>
      </label>
      <input
        id={id}
        ref={input}
        value={text}
        maxLength={NOTE_LIMITS.text}
        disabled={busy}
        placeholder={t('followups.quick.placeholder')}
        onChange={(e) => setText(e.target.value)}
        className="mt-0.5 block w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
      />
      <p role="status" aria-live="polite" className={`mt-1 text-xs ${status?.tone === 'error' ? 'text-rose-700 dark:text-rose-300' : 'text-emerald-700 dark:text-emerald-300'}`}>
        {status?.text}
      </p>
    </form>
  );
}
