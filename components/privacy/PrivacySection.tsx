import { useHashRoute } from '../manager/useHashRoute';
import { useT } from '../i18n';
import { AccessReport } from './AccessReport';
import { ArchivedContacts } from './ArchivedContacts';
import { CleanBounces } from './CleanBounces';
import { ContactLookup } from './ContactLookup';
import { RetentionReview } from './RetentionReview';

/** The manager's "Privacy" section: GDPR duties, retention, archive and bounces. */
export function PrivacySection() {
  const t = useT();
  const access = Number(useHashRoute().params.get('access'));
  if (access > 0) return <AccessReport id={access} />;
  return (
    <div className="max-w-4xl space-y-8">
      <h2 className="text-lg font-semibold">{t('manager.nav.privacy')}</h2>
      <ContactLookup />
      <RetentionReview />
      <ArchivedContacts />
      <CleanBounces />
    </div>
  );
}
