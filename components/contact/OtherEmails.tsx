import type { Contact } from '../../lib/model';
import { useT } from '../i18n';

/** The contact's other addresses (from an import), as text: copied from files, never rendered as HTML. */
export function OtherEmails({ contact }: { contact: Pick<Contact, 'otherEmails'> }) {
  const t = useT();
  if (!contact.otherEmails?.length) return null;
  return (
    <p className="truncate text-xs text-slate-500 dark:text-slate-400" data-testid="drawer-other-emails" title={contact.otherEmails.join(', ')}>
      {t('contacts.otherEmailsLine', { emails: contact.otherEmails.join(', ') })}
    </p>
  );
}
