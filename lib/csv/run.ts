import { getDb } from '../db/database';
import { settleMatches, withPending } from '../contacts/pending-import';
import { bulkUpsert, type BulkItem, type BulkOptions, type BulkReport } from '../contacts/bulk-upsert';
import type { ContactDraft, CustomFieldDef, LegalBasis, Settings } from '../model';
import type { ParseResult } from './import';

/** What the user chose in the wizard besides the mapping. */
export interface ImportChoices {
  policy: BulkOptions['policy'];
  groupId?: number;
  tags: string[];
  consentBasis: LegalBasis;
  /** History origin and `source.where` (default: the file name). */
  sourceLabel: string;
}

const GROUP_COLOR = '#6366f1';

/** Group names from the file → ids; missing groups are created unless this is a dry run. */
async function resolveGroups(parse: ParseResult, create: boolean): Promise<Map<string, number>> {
  const db = getDb();
  const names = new Set<string>();
  for (const meta of parse.meta) for (const name of meta.groupNames ?? []) names.add(name.trim().slice(0, 80));
  names.delete('');
  const ids = new Map<string, number>();
  if (!names.size) return ids;
  const run = async () => {
    const found = await db.groups.where('name').anyOf([...names]).toArray();
    for (const group of found) ids.set(group.name, group.id);
    if (!create) return;
    for (const name of names) {
      if (!ids.has(name)) ids.set(name, (await db.groups.add({ name, color: GROUP_COLOR, createdAt: Date.now() } as never)) as number);
    }
  };
  await (create ? db.transaction('rw', db.groups, run) : run());
  return ids;
}

/** New custom fields chosen in the mapping become field definitions. */
async function createFieldDefs(parse: ParseResult): Promise<void> {
  const db = getDb();
  const wanted = new Map<string, Pick<CustomFieldDef, 'key' | 'label' | 'type'>>();
  for (const c of parse.columns) {
    if (c.suggestion && c.field === `custom:${c.suggestion.key}`) wanted.set(c.suggestion.key, c.suggestion);
    else if (c.field?.startsWith('custom:')) wanted.set(c.field.slice(7), { key: c.field.slice(7), label: c.header, type: 'text' });
  }
  // Second values of multi-value cells ("other_email") are kept in fields of their own.
  for (const contact of parse.contacts) {
    for (const key in contact.customFields ?? {}) {
      if (key.startsWith('other_') && !wanted.has(key)) wanted.set(key, { key, label: key.replace('_', ' '), type: 'text' });
    }
  }
  if (!wanted.size) return;
  await db.transaction('rw', db.fieldDefs, async () => {
    for (const def of wanted.values()) {
      if (!(await db.fieldDefs.get(def.key))) await db.fieldDefs.add({ ...def, createdAt: Date.now() });
    }
  });
}

function items(parse: ParseResult, choices: ImportChoices, groups: Map<string, number>): BulkItem[] {
  const at = Date.now();
  const extraTags = choices.tags.map((t) => t.trim()).filter(Boolean);
  return parse.contacts.map((contact, i): BulkItem => {
    const meta = parse.meta[i]!;
    const draft: ContactDraft = { ...contact };
    if (contact.source.method === 'import') draft.source = { ...contact.source, where: choices.sourceLabel };
    if (extraTags.length) draft.tags = [...new Set([...(contact.tags ?? []), ...extraTags])];
    const groupIds = (meta.groupNames ?? []).flatMap((name) => (groups.has(name) ? [groups.get(name)!] : []));
    if (choices.groupId) groupIds.push(choices.groupId);
    if (groupIds.length) draft.groupIds = [...new Set([...(contact.groupIds ?? []), ...groupIds])];
    draft.consent ??= { basis: choices.consentBasis, at };
    return { draft, line: meta.line };
  });
}

export function dryRunImport(parse: ParseResult, choices: ImportChoices, settings: Settings): Promise<BulkReport> {
  return resolveGroups(parse, false).then(async (groups) =>
    bulkUpsert((await withPending(items(parse, choices, groups))).items, { policy: choices.policy, settings, origin: choices.sourceLabel, dryRun: true }),
  );
}

export interface RunProgress {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/**
 * The real import: records the run in `imports` first so a closed tab leaves
 * a trace, remembers the mapping for this header row, then writes in chunks.
 */
export async function runImport(
  parse: ParseResult,
  choices: ImportChoices,
  settings: Settings,
  fileName: string,
  progress: RunProgress = {},
): Promise<{ runId: number; report: BulkReport }> {
  const db = getDb();
  const mapping = Object.fromEntries(parse.columns.map((c) => [c.header, c.field]));
  await db.importMappings.put({ headerKey: parse.headerKey, mapping, updatedAt: Date.now() });
  const rejectedInFile = parse.rejected.length + parse.duplicates.length;
  const runId = (await db.imports.add({
    fileName,
    startedAt: Date.now(),
    state: 'running',
    total: parse.rows,
    created: 0,
    updated: 0,
    skipped: 0,
    rejected: rejectedInFile,
  } as never)) as number;
  try {
    await createFieldDefs(parse);
    const groups = await resolveGroups(parse, true);
    // Rows naming people waiting in To complete (an enrichment tool's file) complete them.
    const prepared = await withPending(items(parse, choices, groups));
    const report = await bulkUpsert(prepared.items, { policy: choices.policy, settings, origin: choices.sourceLabel, runId, ...progress });
    await settleMatches(prepared.matches);
    const refused = report.invalid.length + report.suppressed.length + report.overLimit.length;
    await db.imports.update(runId, { state: report.cancelled ? 'cancelled' : 'done', finishedAt: Date.now(), rejected: rejectedInFile + refused });
    return { runId, report };
  } catch (error) {
    await db.imports.update(runId, { state: 'failed', finishedAt: Date.now() });
    throw error;
  }
}

/** The mapping remembered for this header row, if any. */
export async function rememberedMapping(key: string): Promise<Record<string, string | null> | undefined> {
  return (await getDb().importMappings.get(key))?.mapping;
}
