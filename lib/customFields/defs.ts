import { z } from '../zod';
import { CustomFieldTypeSchema, type CustomFieldDef } from '../model';
import { foldText } from '../text/fold';

export const MAX_OPTIONS = 100;

/** What the settings form (or an import) sends to create or change a field. */
export const FieldDefInputSchema = z
  .object({
    /** Absent: create a field. Present: change that field's label or options (its key and type never change). */
    key: z.string().regex(/^[a-z0-9_]{1,64}$/).optional(),
    label: z.string().trim().min(1, 'label_required').max(80, 'label_too_long'),
    type: CustomFieldTypeSchema,
    options: z.array(z.string().trim().min(1).max(80)).max(MAX_OPTIONS).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.type !== 'choice') return;
    const options = input.options ?? [];
    if (options.length === 0) ctx.addIssue({ code: 'custom', message: 'options_required', path: ['options'] });
    const folded = options.map((o) => foldText(o));
    if (new Set(folded).size !== folded.length) ctx.addIssue({ code: 'custom', message: 'options_duplicate', path: ['options'] });
  });
export type FieldDefInput = z.input<typeof FieldDefInputSchema>;

/** A stable key from a label: "Date de relance" → "date_de_relance", made unique. */
export function keyFromLabel(label: string, taken: Iterable<string>): string {
  const base = foldText(label).replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 56) || 'field';
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}_${n}`)) return `${base}_${n}`;
}

/** Two fields may not share a label (case and accents ignored): the editor shows labels only. */
export function labelTaken(label: string, defs: CustomFieldDef[], exceptKey?: string): boolean {
  const folded = foldText(label.trim());
  return defs.some((def) => def.key !== exceptKey && foldText(def.label) === folded);
}
