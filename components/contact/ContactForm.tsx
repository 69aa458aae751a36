import { useId } from 'react';
import { LEGAL_BASES, STAGES, STATUSES, type CustomFieldDef, type Group } from '../../lib/model';
import { useT } from '../i18n';
import { EmailQualityHint } from '../quality/EmailQualityHint';
import { TextField } from '../ui/TextField';
import { Select } from '../ui/Select';
import { CustomFieldInput } from './CustomFieldInput';
import type { FormErrors, FormValues } from './form-model';
import { TagInput } from './TagInput';

interface Props {
  values: FormValues;
  onChange: (values: FormValues) => void;
  errors: FormErrors;
  /** Set when the background refused the email (e.g. another contact has it). */
  emailRefusal?: string;
  defs: CustomFieldDef[];
  groups: Group[];
  tags: string[];
}

const heading = 'mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400';

/** Every editable field of a contact. */
export function ContactForm({ values, onChange, errors, emailRefusal, defs, groups, tags }: Props) {
  const t = useT();
  const id = useId();
  const set = <K extends keyof FormValues>(field: K) => (value: FormValues[K]) => onChange({ ...values, [field]: value });
  const err = (field: string) => (errors[field] ? t(errors[field]!) : undefined);
  return (
    <div className="space-y-5">
      <fieldset className="grid grid-cols-2 gap-3">
        <legend className={heading}>{t('contacts.drawer.identity')}</legend>
        <div className="col-span-2">
          <TextField label={t('field.email')} name="email" type="email" value={values.email} onChange={set('email')} error={err('email') ?? emailRefusal} />
          <EmailQualityHint email={values.email} onAccept={set('email')} />
        </div>
        <TextField label={t('field.firstName')} name="firstName" value={values.firstName} onChange={set('firstName')} />
        <TextField label={t('field.lastName')} name="lastName" value={values.lastName} onChange={set('lastName')} />
        <TextField label={t('field.company')} name="company" value={values.company} onChange={set('company')} />
        <TextField label={t('field.title')} name="title" value={values.title} onChange={set('title')} />
        <TextField label={t('field.phone')} name="phone" type="tel" value={values.phone} onChange={set('phone')} error={err('phone')} />
        <TextField label={t('field.linkedinUrl')} name="linkedinUrl" type="url" value={values.linkedinUrl} onChange={set('linkedinUrl')} error={err('linkedinUrl')} />
      </fieldset>

      <fieldset className="grid grid-cols-2 gap-3">
        <legend className={heading}>{t('contacts.drawer.pipeline')}</legend>
        <Select label={t('field.stage')} value={values.stage} options={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))} onChange={set('stage')} />
        <Select label={t('field.status')} value={values.status} options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} onChange={set('status')} />
        <div className="col-span-2">
          <TagInput value={values.tags} onChange={set('tags')} suggestions={tags} />
        </div>
        <div className="col-span-2">
          <p className="text-xs font-medium text-slate-600 dark:text-slate-300" id={`${id}-groups`}>{t('field.groups')}</p>
          {groups.length ? (
            <div role="group" aria-labelledby={`${id}-groups`} className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {groups.map((group) => (
                <label key={group.id} className="flex items-center gap-1.5 text-sm">
                  <input
                    type="checkbox"
                    checked={values.groupIds.includes(group.id)}
                    onChange={(e) => set('groupIds')(e.target.checked ? [...values.groupIds, group.id] : values.groupIds.filter((g) => g !== group.id))}
                    className="accent-indigo-600"
                  />
                  <span aria-hidden className="inline-block size-2 rounded-full" style={{ backgroundColor: group.color }} />
                  {group.name}
                </label>
              ))}
            </div>
          ) : (
            <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">{t('contacts.drawer.noGroups')}</p>
          )}
        </div>
      </fieldset>

      {defs.length > 0 && (
        <fieldset className="grid grid-cols-2 gap-3">
          <legend className={heading}>{t('contacts.drawer.custom')}</legend>
          {defs.map((def) => (
            <CustomFieldInput
              key={def.key}
              def={def}
              value={values.custom[def.key] ?? ''}
              onChange={(v) => onChange({ ...values, custom: { ...values.custom, [def.key]: v } })}
              error={err(`custom:${def.key}`)}
            />
          ))}
        </fieldset>
      )}

      <fieldset className="grid grid-cols-2 gap-3">
        <legend className={heading}>{t('contacts.drawer.consent')}</legend>
        <Select label={t('contacts.drawer.basis')} value={values.basis} options={LEGAL_BASES.map((b) => ({ value: b, label: t(`contacts.basis.${b}`) }))} onChange={set('basis')} />
        <TextField label={t('contacts.drawer.consentNote')} name="consentNote" value={values.consentNote} onChange={set('consentNote')} />
      </fieldset>
    </div>
  );
}
