import { useId, useState } from 'react';

interface Props {
  /** What the picker is for, read by screen readers ("CSV file to import"). */
  label: string;
  /** The visible call to action ("Choose a file"). */
  pick: string;
  /** The text before it ("Drop a CSV file here, or"). */
  drop: string;
  accept: string;
  onFile: (file: File) => void;
  /** The chosen file's name, once there is one. */
  chosen?: string;
  testId?: string;
}

/** A drop zone around a visually hidden file input: never the browser's bare "Choose File" button. */
export function FilePicker({ label, pick, drop, accept, onFile, chosen, testId }: Props) {
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
      className={`rounded-lg border-2 border-dashed p-6 text-center text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-indigo-500 ${over ? 'border-indigo-500 bg-indigo-50 dark:bg-indigo-950/40' : 'border-slate-300 dark:border-slate-600'}`}
    >
      <p>
        {drop}{' '}
        <label htmlFor={id} className="cursor-pointer font-semibold text-indigo-700 underline dark:text-indigo-300">
          {pick}
        </label>
      </p>
      {chosen && <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{chosen}</p>}
      <input
        id={id}
        type="file"
        accept={accept}
        aria-label={label}
        data-testid={testId}
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
