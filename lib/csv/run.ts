import { getDb } from '../db/database';
import { settleMatches, withPending } from '../contacts/pending-import';
import { bulkUpsert, type BulkItem, type BulkOptions, type BulkReport } from '../contacts/bulk-upsert';
import type { ContactDraft, CustomFieldDef, LegalBasis, Settings } from '../model';
import { CsvError, LIMITS } from './errors';
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

/** What this run created, so what no written contact needs can be removed again. */
interface Created {
  groupIds: number[];
  fieldKeys: string[];
}

/**
 * Group names from the file → ids. A file naming more new groups than one
 * import may create is refused (dry run included) before anything is
 * written; otherwise missing groups are created, and `cleanUp` removes those
 * no imported contact joined.
 */
async function resolveGroups(parse: ParseResult, create: boolean, created?: Created): Promise<Map<string, number>> {
  const db = getDb();
  const names = new Set<string>();
  for (const meta of parse.meta) for (const name of meta.groupNames ?? []) names.add(name.trim().slice(0, 80));
  names.delete('');
  const ids = new Map<string, number>();
  if (!names.size) return ids;
  const run = async () => {
    const found = await db.groups.where('name').anyOf([...names]).toArray();
    for (const group of found) ids.set(group.name, group.id);
    const missing = [...names].filter((name) => !ids.has(name));
    if (missing.length > LIMITS.newGroups) throw new CsvError('too_many_new_groups', undefined, String(missing.length));
    if (!create) return;
    for (const name of missing) {
      const id = (await db.groups.add({ name, color: GROUP_COLOR, createdAt: Date.now() } as never)) as number;
      ids.set(name, id);
      created?.groupIds.push(id);
    }
  };
  await (create ? db.transaction('rw', db.groups, run) : run());
  return ids;
}

/** New custom fields chosen in the mapping become field definitions (a choice gets every value the file holds). */
async function createFieldDefs(parse: ParseResult, created: Created): Promise<void> {
  const db = getDb();
  const wanted = new Map<string, Pick<CustomFieldDef, 'key' | 'label' | 'type' | 'options'>>();
  for (const c of parse.columns) {
    if (c.suggestion && c.field === `custom:${c.suggestion.key}`) wanted.set(c.suggestion.key, { key: c.suggestion.key, label: c.suggestion.label, type: c.suggestion.type });
    else if (c.field?.startsWith('custom:')) wanted.set(c.field.slice(7), { key: c.field.slice(7), label: c.header, type: 'text' });
  }
  // Second values of multi-value cells ("other_phone") are kept in fields of their own.
  for (const contact of parse.contacts) {
    for (const key in contact.customFields ?? {}) {
      if (key.startsWith('other_') && !wanted.has(key)) wanted.set(key, { key, label: key.replace('_', ' '), type: 'text' });
    }
  }
  for (const def of wanted.values()) if (def.type === 'choice') Object.assign(def, choicesOf(parse, def.key));
  if (!wanted.size) return;
  await db.transaction('rw', db.fieldDefs, async () => {
    for (const def of wanted.values()) {
      if (await db.fieldDefs.get(def.key)) continue;
      await db.fieldDefs.add({ ...def, createdAt: Date.now() });
      created.fieldKeys.push(def.key);
    }
  });
}

/** Every value of a choice column; more than the UI offers makes it a text field. */
function choicesOf(parse: ParseResult, key: string): Pick<CustomFieldDef, 'type' | 'options'> {
  const values = new Set<string>();
  for (const contact of parse.contacts) {
    const value = contact.customFields?.[key];
    if (typeof value === 'string') values.add(value.slice(0, 80));
    if (values.size > MAX_CHOICE_OPTIONS) return { type: 'text', options: undefined };
  }
  return { type: 'choice', options: [...values].sort((a, b) => a.localeCompare(b)) };
}

const MAX_CHOICE_OPTIONS = 50;

/**
 * After a run, whatever its end (done, cancelled, failed): groups it created
 * that no contact joined (their rows were refused, or never written) are
 * removed; after a cancel or failure, so are its new custom fields that no
 * written contact holds a value for.
 */
async function cleanUp(created: Created, written: BulkItem[], complete: boolean): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.groups, db.fieldDefs, db.contacts], async () => {
    for (const id of created.groupIds) {
      if ((await db.contacts.where('groupIds').equals(id).count()) === 0) await db.groups.delete(id);
    }
    if (complete) return;
    const used = new Set<string>();
    for (const item of written) for (const key in item.draft.customFields ?? {}) used.add(key);
    for (const key of created.fieldKeys) if (!used.has(key)) await db.fieldDefs.delete(key);
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
  /** Contacts per transaction (default: the writer's). */
  chunkSize?: number;
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
  // Too many new groups: refused before the run is even recorded.
  await resolveGroups(parse, false);
  const mapping = Object.fromEntries(parse.columns.map((c) => [c.id, c.field]));
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
  const created: Created = { groupIds: [], fieldKeys: [] };
  let list: BulkItem[] = [];
  let done = 0;
  try {
    await createFieldDefs(parse, created);
    const groups = await resolveGroups(parse, true, created);
    // Rows naming people waiting in To complete (an enrichment tool's file) complete them.
    const prepared = await withPending(items(parse, choices, groups));
    list = prepared.items;
    const report = await bulkUpsert(list, {
      policy: choices.policy,
      settings,
      origin: choices.sourceLabel,
      runId,
      signal: progress.signal,
      chunkSize: progress.chunkSize,
      onProgress: (count, total) => {
        done = count;
        progress.onProgress?.(count, total);
      },
    });
    await settleMatches(prepared.matches);
    await cleanUp(created, list.slice(0, done), !report.cancelled);
    const refused = report.invalid.length + report.suppressed.length + report.overLimit.length;
    await db.imports.update(runId, { state: report.cancelled ? 'cancelled' : 'done', finishedAt: Date.now(), rejected: rejectedInFile + refused });
    return { runId, report };
  } catch (error) {
    await cleanUp(created, list.slice(0, done), false).catch(() => undefined);
    await db.imports.update(runId, { state: 'failed', finishedAt: Date.now() });
    throw error;
  }
}

/** The mapping remembered for this header row, if any. */
export async function rememberedMapping(key: string): Promise<Record<string, string | null> | undefined> {
  return (await getDb().importMappings.get(key))?.mapping;
}
