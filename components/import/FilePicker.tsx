import { useId, useState } from 'react';
import { useT } from '../i18n';

/** A drop zone around a real file input (keyboard and screen readers use the input). */
export function FilePicker({ onFile }: { onFile: (file: File) => void }) {
  const t = useT();
  const id = useId();
  const [over, setOver] = useState(false);
  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file) onFile(file);
      }}
      className={`rounded-lg border-2 border-dashed p-8 text-center text-sm ${over ? 'border-indigo-500 bg-indigo-50 dark:bg-indigo-950/40' : 'border-slate-300 dark:border-slate-600'}`}
    >
      <p>
        {t('import.drop')}{' '}
        <label htmlFor={id} className="cursor-pointer font-semibold text-indigo-600 underline dark:text-indigo-300">
          {t('import.pick')}
        </label>
      </p>
      <input
        id={id}
        type="file"
        accept=".csv,.txt,text/csv"
        aria-label={t('import.fileLabel')}
        data-testid="import-file-input"
        className="sr-only"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          event.target.value = '';
        }}
      />
    </div>
  );
}
