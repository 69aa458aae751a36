import { LEGAL_BASES } from '../../lib/model';
import type { ImportChoices } from '../../lib/csv/run';
import { TextField } from '../ui/TextField';
import { useT } from '../i18n';
import { useGroupsByName } from '../hooks/useCatalog';

const POLICIES = ['skip', 'fill', 'overwrite'] as const;

export interface ChoicesDraft extends Omit<ImportChoices, 'tags'> {
  tags: string;
}

/** Target group, tags, duplicate policy, legal basis and source label. */
export function ImportOptions({ value, onChange }: { value: ChoicesDraft; onChange: (value: ChoicesDraft) => void }) {
  const t = useT();
  const groups = useGroupsByName() ?? [];
  const set = (patch: Partial<ChoicesDraft>) => onChange({ ...value, ...patch });
  const select = 'mt-0.5 block w-full rounded border border-slate-300 px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800';
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="mb-2 font-semibold">{t('import.options.title')}</legend>
      <label className="block text-xs font-medium text-slate-600 dark:text-slate-300">
        {t('import.options.group')}
        <select className={select} value={value.groupId ?? ''} onChange={(e) => set({ groupId: e.target.value ? Number(e.target.value) : undefined })}>
          <option value="">{t('import.options.noGroup')}</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </label>
      <TextField label={t('import.options.tags')} value={value.tags} onChange={(tags) => set({ tags })} name="tags" />
      <div role="radiogroup" aria-label={t('import.options.policy')} className="text-sm">
        <p className="text-xs font-medium text-slate-600 dark:text-slate-300">{t('import.options.policy')}</p>
        {POLICIES.map((policy) => (
          <label key={policy} className="mr-3 inline-flex items-center gap-1">
            <input type="radio" name="policy" checked={value.policy === policy} onChange={() => set({ policy })} />
            {t(`import.policy.${policy}`)}
          </label>
        ))}
      </div>
      <label className="block text-xs font-medium text-slate-600 dark:text-slate-300">
        {t('import.options.consent')}
        <select className={select} value={value.consentBasis} onChange={(e) => set({ consentBasis: e.target.value as ChoicesDraft['consentBasis'] })}>
          {LEGAL_BASES.map((basis) => (
            <option key={basis} value={basis}>
              {t(`import.basis.${basis}`)}
            </option>
          ))}
        </select>
      </label>
      <TextField label={t('import.options.source')} value={value.sourceLabel} onChange={(sourceLabel) => set({ sourceLabel })} name="source" />
    </fieldset>
  );
}

export function toChoices(draft: ChoicesDraft): ImportChoices {
  return { ...draft, tags: draft.tags.split(',').map((tag) => tag.trim()).filter(Boolean), sourceLabel: draft.sourceLabel.trim() || 'import.csv' };
}
