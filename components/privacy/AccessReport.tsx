import { displayName } from '../../lib/model';
import { navigate } from '../manager/useHashRoute';
import { useI18n } from '../i18n';
import { useDossier } from '../hooks/usePrivacy';

/** A readable, printable page of everything held about one person (access request). */
export function AccessReport({ id }: { id: number }) {
  const { t, locale } = useI18n();
  const dossier = useDossier(id);
  if (dossier === undefined) return <p>{t('common.loading')}</p>;
  if (dossier === null) return <p role="alert">{t('error.not_found')}</p>;
  const { contact } = dossier;
  const date = (at: number) => new Date(at).toLocaleString(locale);
  const rows: Array<[string, string]> = [
    [t('field.email'), contact.email],
    [t('field.firstName'), contact.firstName ?? ''],
    [t('field.lastName'), contact.lastName ?? ''],
    [t('field.company'), contact.company ?? ''],
    [t('field.title'), contact.title ?? ''],
    [t('field.phone'), contact.phone ?? ''],
    [t('field.linkedinUrl'), contact.linkedinUrl ?? ''],
    [t('field.stage'), t(`stage.${contact.stage}`)],
    [t('field.status'), t(`status.${contact.status}`)],
    [t('field.tags'), contact.tags.join(', ')],
    [t('field.groups'), dossier.groups.map((g) => g.name).join(', ')],
    [t('field.source'), `${t(`privacy.method.${contact.source.method}`)} · ${contact.source.where} · ${date(contact.source.at)}`],
    [t('privacy.legalBasis'), `${t(`privacy.basis.${contact.consent.basis}`)} · ${date(contact.consent.at)}${contact.consent.note ? ` · ${contact.consent.note}` : ''}`],
    [t('field.createdAt'), date(contact.createdAt)],
    [t('field.updatedAt'), date(contact.updatedAt)],
    [t('privacy.lastActivity'), date(contact.lastActivityAt)],
    ...(contact.nextStep ? [[t('field.nextStep'), `${contact.nextStep.text} · ${date(contact.nextStep.dueAt)}`] as [string, string]] : []),
    ...Object.entries(contact.customFields).map(([key, value]): [string, string] => [dossier.customFieldLabels[key] ?? key, String(value ?? '')]),
  ];
  return (
    <article data-testid="access-report" className="mx-auto max-w-3xl space-y-4 text-sm">
      <div className="flex gap-2 print:hidden">
        <button type="button" onClick={() => window.print()} className="rounded bg-indigo-600 px-3 py-1 text-white">{t('privacy.access.printNow')}</button>
        <button type="button" onClick={() => navigate('privacy')} className="rounded border px-3 py-1">{t('common.close')}</button>
      </div>
      <h2 className="text-xl font-semibold">{t('privacy.access.heading', { name: displayName(contact) })}</h2>
      <p className="text-slate-600 dark:text-slate-400">{t('privacy.access.intro', { date: date(dossier.generatedAt) })}</p>
      <table className="w-full border-collapse">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label} className="border-b border-slate-200 dark:border-slate-700">
              <th scope="row" className="w-48 py-1 pr-3 text-left font-medium text-slate-600 dark:text-slate-400">{label}</th>
              <td className="break-all py-1">{value || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="font-semibold">{t('privacy.access.notes', { count: dossier.notes.length })}</h3>
      <ol className="space-y-2" data-testid="access-notes">
        {dossier.notes.map((note, i) => (
          <li key={i}>
            <span className="text-slate-500 dark:text-slate-400">{date(note.createdAt)}</span>
            <p className="whitespace-pre-wrap break-words">{note.text}</p>
          </li>
        ))}
      </ol>
      <h3 className="font-semibold">{t('privacy.access.history', { count: dossier.history.length })}</h3>
      <ol className="space-y-1">
        {dossier.history.map((entry) => (
          <li key={entry.id}>
            <span className="text-slate-500 dark:text-slate-400">{date(entry.at)}</span> · {t(`privacy.history.${entry.kind}`)}
            {entry.changes && <span className="text-slate-500 dark:text-slate-400"> · {Object.keys(entry.changes).join(', ')}</span>}
            {entry.origin && <span className="break-all text-slate-500 dark:text-slate-400"> · {entry.origin}</span>}
          </li>
        ))}
      </ol>
    </article>
  );
}
