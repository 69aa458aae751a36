import { useCallback, useRef, useState } from 'react';
import type { BulkReport } from '../../lib/contacts/bulk-upsert';
import { CsvError } from '../../lib/csv/errors';
import { CsvParse, finishParse, type ParseResult } from '../../lib/csv/import';
import type { ColumnMapping } from '../../lib/csv/mapping';
import { dryRunImport, rememberedMapping, runImport, type ImportChoices } from '../../lib/csv/run';
import { getSettings } from '../../lib/settings/store';
import { checkFileSize } from '../../lib/files/size';
import { allFieldDefs } from '../../lib/service/read-catalog';

export interface LoadedFile {
  name: string;
  bytes: Uint8Array;
  /** The first read: encoding, delimiter, header, preview, automatic mapping. */
  head: ParseResult;
  /** That read, ready to go on with the rows: the file is decoded and its head read once. */
  parse: CsvParse;
}

export type WizardState =
  | { step: 'pick'; error?: { code: string; line?: number; detail?: string } }
  | { step: 'reading'; name: string }
  | { step: 'map'; file: LoadedFile; columns: ColumnMapping[] }
  | { step: 'checking'; file: LoadedFile; columns: ColumnMapping[]; fraction: number }
  | { step: 'dry'; file: LoadedFile; columns: ColumnMapping[]; parse: ParseResult; report: BulkReport }
  | { step: 'importing'; file: LoadedFile; parse: ParseResult; done: number; total: number }
  | { step: 'done'; file: LoadedFile; parse: ParseResult; report: BulkReport };

function refusal(error: unknown): { code: string; line?: number; detail?: string } {
  if (error instanceof CsvError) return { code: error.code, line: error.line, detail: error.detail };
  return { code: 'read', detail: error instanceof Error ? error.message : String(error) };
}

/** The import wizard's steps; the page does the work itself, in slices and bulk transactions. */
export function useImportWizard() {
  const [state, setState] = useState<WizardState>({ step: 'pick' });
  const abort = useRef<AbortController | undefined>(undefined);

  const load = useCallback(async (file: File) => {
    // Before reading: a file over the cap is refused without loading it.
    if (!checkFileSize(file, 'csv').ok) return setState({ step: 'pick', error: { code: 'too_large' } });
    setState({ step: 'reading', name: file.name });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const fieldDefs = await allFieldDefs();
      const parse = new CsvParse(bytes, { fieldDefs, sourceLabel: file.name });
      const mapping = await rememberedMapping(parse.result.headerKey);
      if (mapping) parse.remap({ fieldDefs, mapping });
      setState({ step: 'map', file: { name: file.name, bytes, head: parse.result, parse }, columns: parse.result.columns });
    } catch (error) {
      setState({ step: 'pick', error: refusal(error) });
    }
  }, []);

  const check = useCallback(async (file: LoadedFile, columns: ColumnMapping[], choices: ImportChoices) => {
    setState({ step: 'checking', file, columns, fraction: 0 });
    try {
      const fieldDefs = await allFieldDefs();
      // The first read goes on with the rows; only a second check (after "Back") reads the file again.
      const reader = file.parse.fresh ? file.parse : new CsvParse(file.bytes, { fieldDefs, sourceLabel: choices.sourceLabel });
      reader.setColumns(columns, fieldDefs);
      const started = performance.now();
      const parse = await finishParse(reader, (fraction) => setState({ step: 'checking', file, columns, fraction }));
      // Read by the import benchmark (scripts/bench-import.mjs).
      performance.measure('fluenzr-import-parse', { start: started });
      const report = await dryRunImport(parse, choices, await getSettings());
      setState({ step: 'dry', file, columns, parse, report });
    } catch (error) {
      setState({ step: 'pick', error: refusal(error) });
    }
  }, []);

  const start = useCallback(async (file: LoadedFile, parse: ParseResult, choices: ImportChoices) => {
    const controller = new AbortController();
    abort.current = controller;
    setState({ step: 'importing', file, parse, done: 0, total: parse.contacts.length });
    try {
      const { report } = await runImport(parse, choices, await getSettings(), file.name, {
        signal: controller.signal,
        onProgress: (done, total) => setState({ step: 'importing', file, parse, done, total }),
      });
      setState({ step: 'done', file, parse, report });
    } catch (error) {
      setState({ step: 'pick', error: refusal(error) });
    }
  }, []);

  return {
    state,
    load,
    check,
    start,
    cancel: () => abort.current?.abort(),
    setColumns: (columns: ColumnMapping[]) => setState((s) => (s.step === 'map' ? { ...s, columns } : s)),
    back: () => setState((s) => ('file' in s && s.step === 'dry' ? { step: 'map', file: s.file, columns: s.columns } : s)),
    reset: () => setState({ step: 'pick' }),
  };
}
