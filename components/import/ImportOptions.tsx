import { LEGAL_BASES } from '../../lib/model';
import type { ImportChoices } from '../../lib/csv/run';
import { RadioGroup } from '../ui/RadioGroup';
import { Select } from '../ui/Select';
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
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="mb-2 font-semibold">{t('import.options.title')}</legend>
      <Select
        label={t('import.options.group')}
        value={String(value.groupId ?? '')}
        options={[{ value: '', label: t('import.options.noGroup') }, ...groups.map((g) => ({ value: String(g.id), label: g.name }))]}
        onChange={(id) => set({ groupId: id ? Number(id) : undefined })}
      />
      <TextField label={t('import.options.tags')} value={value.tags} onChange={(tags) => set({ tags })} name="tags" />
      <RadioGroup
        legend={t('import.options.policy')}
        value={value.policy}
        options={POLICIES.map((policy) => ({ value: policy, label: t(`import.policy.${policy}`) }))}
        onChange={(policy) => set({ policy })}
      />
      <Select
        label={t('import.options.consent')}
        value={value.consentBasis}
        options={LEGAL_BASES.map((basis) => ({ value: basis, label: t(`import.basis.${basis}`) }))}
        onChange={(consentBasis) => set({ consentBasis })}
      />
      <TextField label={t('import.options.source')} value={value.sourceLabel} onChange={(sourceLabel) => set({ sourceLabel })} name="source" />
    </fieldset>
  );
}

export function toChoices(draft: ChoicesDraft): ImportChoices {
  return { ...draft, tags: draft.tags.split(',').map((tag) => tag.trim()).filter(Boolean), sourceLabel: draft.sourceLabel.trim() || 'import.csv' };
}
