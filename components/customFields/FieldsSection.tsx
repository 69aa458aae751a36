import { useState } from 'react';
import { useT } from '../i18n';
import { FieldRow } from './FieldRow';
import { NewFieldForm } from './NewFieldForm';
import { useFieldDefsLoading } from '../hooks/useCatalog';

/** Manager section: the custom field definitions. */
export function FieldsSection() {
  const t = useT();
  const defs = useFieldDefsLoading();
  const [notice, setNotice] = useState<string>();
  return (
    <section aria-labelledby="fields-title" className="max-w-3xl space-y-4">
      <header>
        <h2 id="fields-title" className="text-lg font-semibold">
          {t('fields.title')}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('fields.intro')}</p>
      </header>
      {defs?.length === 0 && <p className="rounded bg-slate-50 p-3 text-sm text-slate-600 dark:bg-slate-800 dark:text-slate-300">{t('fields.empty')}</p>}
      <ul className="divide-y divide-slate-200 dark:divide-slate-700" data-testid="field-list">
        {defs?.map((def) => <FieldRow key={def.key} def={def} onDeleted={setNotice} />)}
      </ul>
      <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400" data-testid="fields-notice">
        {notice}
      </p>
      <NewFieldForm />
    </section>
  );
}
