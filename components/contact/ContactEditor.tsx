import { useState, type FormEvent } from 'react';
import { bulkUpdateContacts, createContact, deleteContacts, updateContact } from '../../lib/service/contacts';
import { PLAN_LIMITS, type Contact } from '../../lib/model';
import { useFieldDefs, useGroups, useTags } from '../hooks/useCatalog';
import { useSettings } from '../hooks/useSettings';
import { usePlural } from '../hooks/usePlural';
import { useI18n, useT } from '../i18n';
import { ConfirmDialog } from '../ui/Dialog';
import { describeError } from '../manager/contacts/feedback';
import { ContactForm } from './ContactForm';
import { needsNewConsent } from '../../lib/contacts/status';
import type { MessageKey } from '../../lib/i18n';
import { ConsentConfirmation } from './ConsentConfirmation';
import { draftOf, editBase, patchOf, rebaseValues, validate, valuesOf, type FormErrors } from './form-model';
import { NextStepEditor } from '../followups/NextStepEditor';
import { Timeline } from '../followups/Timeline';
import { undoByToken, useUndoToast } from '../hooks/useUndoToast';
import { SourceDetails } from './SourceDetails';

// Field names of a conflict, as the form labels them.
const FIELD_KEYS: Record<string, MessageKey> = {
  email: 'field.email',
  firstName: 'field.firstName',
  lastName: 'field.lastName',
  company: 'field.company',
  title: 'field.title',
  phone: 'field.phone',
  linkedinUrl: 'field.linkedinUrl',
  tags: 'field.tags',
  groupIds: 'field.groups',
  stage: 'field.stage',
  status: 'field.status',
};

interface Props {
  /** Undefined for a new contact. */
  contact: Contact | undefined;
  onCreated: (id: number) => void;
  onDeleted: () => void;
}

/** The drawer's body: the form, save, archive and delete, source and history. */
export function ContactEditor({ contact, onCreated, onDeleted }: Props) {
  const t = useT();
  // Phone values written without +prefix are read in the interface's country (as the field editor does).
  const country = useI18n().locale === 'fr' ? 'FR' : undefined;
  const tp = usePlural();
  const defs = useFieldDefs();
  const groups = useGroups();
  const tags = useTags();
  const basis = useSettings()?.settings.defaultLegalBasis ?? 'legitimate_interest';
  const [values, setValues] = useState(() => valuesOf(contact, defs, basis));
  // The contact as the form last loaded it: an edit sends only what the user changed from it,
  // so a change made meanwhile (an automatic Bounced, a re-capture) is never reverted.
  const [opened, setOpened] = useState(contact);
  const [consent, setConsent] = useState({ confirmed: false, note: '' });
  const [errors, setErrors] = useState<FormErrors>({});
  const [refusal, setRefusal] = useState<string>();
  const [feedback, setFeedback] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const offerUndo = useUndoToast();
  // Custom field definitions may load after the first render.
  const custom = { ...Object.fromEntries(defs.map((d) => [d.key, opened?.customFields[d.key] == null ? '' : String(opened.customFields[d.key])])), ...values.custom };
  const current = { ...values, custom };
  const reopening = !!opened && needsNewConsent(opened.status, current.status);

  async function save(event: FormEvent) {
    event.preventDefault();
    const found = validate(current, defs, country);
    setErrors(found);
    setRefusal(undefined);
    if (Object.keys(found).length) {
      setFeedback({ tone: 'error', text: t('contacts.drawer.fix') });
      return;
    }
    setBusy(true);
    try {
      if (contact && opened) {
        const patch = patchOf(opened, current, defs, Date.now(), country);
        if (reopening && (!consent.confirmed || !consent.note.trim())) {
          setFeedback({ tone: 'error', text: t('privacy.error.consent_required') });
          return;
        }
        const newConsent = reopening ? { note: consent.note.trim() } : undefined;
        const saved = Object.keys(patch).length ? await updateContact({ id: contact.id, patch, base: editBase(opened, patch), newConsent }) : opened;
        setOpened(saved);
        setValues(valuesOf(saved, defs, basis));
        setConsent({ confirmed: false, note: '' });
        setFeedback({ tone: 'ok', text: t('contacts.drawer.saved') });
      } else {
        const result = await createContact(draftOf(current, defs, Date.now(), country));
        if (result.outcome === 'created') onCreated(result.contact.id);
        else if (result.outcome === 'refused') setFeedback({ tone: 'error', text: t(`error.${result.reason}`, { limit: PLAN_LIMITS.free ?? 0 }) });
        else if (result.outcome === 'invalid') setFeedback({ tone: 'error', text: result.problems.map((p) => p.problem).join(', ') });
        else {
          setRefusal(t('contacts.error.exists'));
          setFeedback({ tone: 'error', text: t('contacts.error.exists') });
        }
      }
    } catch (error) {
      const text = describeError(error, t);
      if (String(error).includes('duplicate_email')) setRefusal(text);
      if (String(error).includes('edit_conflict') && contact && opened) {
        // Show what is stored now, keeping the user's changes to the fields nobody else touched.
        const clashed = String(error).slice(String(error).indexOf('edit_conflict:') + 14).split(',').map((f) => f.trim());
        const mine = Object.keys(patchOf(opened, current, defs, Date.now(), country)).filter((f) => !clashed.includes(f));
        setOpened(contact);
        setValues(rebaseValues(contact, current, mine, defs, basis));
        setFeedback({ tone: 'error', text: t('error.edit_conflict', { fields: clashed.map((f) => (FIELD_KEYS[f] ? t(FIELD_KEYS[f]) : f)).join(', ') }) });
        return;
      }
      setFeedback({ tone: 'error', text });
    } finally {
      setBusy(false);
    }
  }

  async function act(kind: 'archive' | 'unarchive' | 'delete') {
    if (!contact) return;
    setConfirming(false);
    try {
      if (kind === 'delete') {
        const { undo } = await deleteContacts({ ids: [contact.id] });
        onDeleted();
        if (undo) offerUndo(tp('undo.delete', 1), undoByToken(undo));
      } else {
        const { undo } = await bulkUpdateContacts({ ids: [contact.id], op: { kind } });
        setFeedback({ tone: 'ok', text: t(kind === 'archive' ? 'contacts.drawer.archived' : 'contacts.drawer.unarchived') });
        if (undo) offerUndo(tp(`undo.${kind}`, 1), undoByToken(undo));
      }
    } catch (error) {
      setFeedback({ tone: 'error', text: describeError(error, t) });
    }
  }

  const secondary = 'rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';
  return (
    <form onSubmit={save} noValidate className="flex min-h-0 flex-1 flex-col">
      <div className="flex-1 space-y-6 overflow-y-auto px-5 py-4">
        <ContactForm values={current} onChange={setValues} errors={errors} emailRefusal={refusal} defs={defs} groups={groups} tags={tags} />
        {reopening && <ConsentConfirmation value={consent} onChange={setConsent} />}
        {contact && <NextStepEditor contact={contact} />}
        {contact && <SourceDetails contact={contact} />}
        {contact && <Timeline contactId={contact.id} />}
      </div>
      <footer className="flex flex-wrap items-center gap-2 border-t border-slate-200 px-5 py-3 dark:border-slate-700">
        <button type="submit" disabled={busy} className="rounded-md bg-indigo-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-50">
          {contact ? t('common.save') : t('contacts.drawer.create')}
        </button>
        {contact && (
          <>
            <button type="button" className={secondary} onClick={() => act(contact.archived ? 'unarchive' : 'archive')}>
              {t(contact.archived ? 'contacts.bulk.unarchive' : 'contacts.bulk.archive')}
            </button>
            <button type="button" className={`${secondary} text-rose-700 dark:text-rose-300`} onClick={() => setConfirming(true)}>
              {t('contacts.bulk.delete')}
            </button>
          </>
        )}
        <p role="status" aria-live="polite" data-testid="drawer-feedback" className={`basis-full text-sm ${feedback?.tone === 'error' ? 'text-rose-700 dark:text-rose-300' : 'text-emerald-700 dark:text-emerald-300'}`}>
          {feedback?.text}
        </p>
      </footer>
      {confirming && (
        <ConfirmDialog
          title={tp('contacts.bulk.deleteTitle', 1)}
          body={t('contacts.bulk.deleteBody')}
          confirm={tp('contacts.bulk.deleteConfirm', 1)}
          onConfirm={() => act('delete')}
          onCancel={() => setConfirming(false)}
        />
      )}
    </form>
  );
}
