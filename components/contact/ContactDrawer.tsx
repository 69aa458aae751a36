import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { displayName, type Contact } from '../../lib/model';
import { useT } from '../i18n';
import { ContactEditor } from './ContactEditor';
import { OtherEmails } from './OtherEmails';
import { useContact } from '../hooks/useContacts';

interface Props {
  contactId: number | 'new';
  onClose: () => void;
  onCreated: (id: number) => void;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, [tabindex]:not([tabindex="-1"])';

/** A modal side drawer: Escape closes it, Tab stays inside, focus returns where it was. */
export function ContactDrawer({ contactId, onClose, onCreated }: Props) {
  const t = useT();
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const read = useContact(contactId === 'new' ? undefined : contactId);
  // A live query answers with its last result until the new one arrives: the
  // previous contact must not show (a note typed then would go to them).
  const stored = read && contactId !== 'new' && read.id !== contactId ? null : read;
  const loaded = stored === null ? undefined : { contact: stored };

  const ready = loaded !== undefined;
  useEffect(() => {
    if (ready) panel.current?.querySelector<HTMLElement>('form input, form select')?.focus();
  }, [contactId, ready]);

  // A clicked Save button is disabled while it saves: focus then falls to the
  // body, out of the panel's key handler. Escape is heard on the document too,
  // and focus that fell out of the page is taken back by the panel.
  useEffect(() => {
    const onDocumentKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onClose();
    };
    const onFocusOut = (event: FocusEvent) => {
      if (!event.relatedTarget) requestAnimationFrame(() => { if (document.activeElement === document.body) panel.current?.focus(); });
    };
    const node = panel.current;
    document.addEventListener('keydown', onDocumentKey);
    node?.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('keydown', onDocumentKey);
      node?.removeEventListener('focusout', onFocusOut);
    };
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab' && panel.current) {
      const items = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const first = items[0];
      const last = items[items.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    }
  };

  const contact: Contact | undefined = loaded?.contact;
  const gone = loaded && contactId !== 'new' && !contact;
  return (
    <div className="fixed inset-0 z-40 flex justify-end bg-slate-900/30" onMouseDown={onClose}>
      <div
        ref={panel}
        role="dialog"
        tabIndex={-1}
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
        onMouseDown={(event) => event.stopPropagation()}
        data-testid="contact-drawer"
        className="flex h-full w-full max-w-xl flex-col bg-white shadow-2xl focus:outline-none dark:bg-slate-900"
      >
        <header className="flex items-start justify-between gap-3 border-b border-slate-200 px-5 py-4 dark:border-slate-700">
          <div className="min-w-0">
            <h2 id={titleId} className="truncate text-lg font-semibold">
              {contactId === 'new' ? t('contacts.new') : contact ? displayName(contact) : t('common.loading')}
            </h2>
            {contact && <p className="truncate text-sm text-slate-500 dark:text-slate-400">{[contact.title, contact.company].filter(Boolean).join(' · ')}</p>}
            {contact && <OtherEmails contact={contact} />}
          </div>
          <button type="button" onClick={onClose} aria-label={t('common.close')} className="rounded p-1 text-xl leading-none text-slate-500 dark:text-slate-400 hover:bg-slate-100 dark:hover:bg-slate-800">
            ×
          </button>
        </header>
        {gone ? (
          <p className="p-5 text-sm">{t('error.not_found')}</p>
        ) : loaded ? (
          <ContactEditor key={contactId} contact={contact} onCreated={onCreated} onDeleted={onClose} />
        ) : null}
      </div>
    </div>
  );
}
