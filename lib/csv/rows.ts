import type { EmailProblem } from '../model/email';
import { MAX_OTHER_EMAILS, type ContactDraft, type CustomFieldDef, type Source } from '../model';
import { parseAddressList, splitPersonName, type Mailbox } from './addresses';
import { unguard } from './escape';
import { splitList } from './lists';
import type { ColumnMapping } from './mapping';
import { readPhone } from './phone';
import { checkImportedEmail } from './plain-email';
import { readValue } from './value-labels';
import { customValue, splitMulti } from './values';

export { unguard } from './escape';

export type RowProblem = `email_${EmailProblem}` | 'no_email' | 'too_many_groups';

/** Groups one row may name; a cell naming more is refused, not turned into thousands of groups. */
export const MAX_GROUPS_PER_ROW = 50;

export interface RowPlan {
  /** Column index → field key, mapped columns only; columns of one field in rank order. */
  mapped: Array<[number, string]>;
  customTypes: Map<string, CustomFieldDef['type']>;
  source: Source;
}

export function planRows(columns: ColumnMapping[], defs: Array<Pick<CustomFieldDef, 'key' | 'type'>>, source: Source): RowPlan {
  const customTypes = new Map<string, CustomFieldDef['type']>();
  for (const def of defs) customTypes.set(def.key, def.type);
  for (const column of columns) {
    const key = column.field?.startsWith('custom:') ? column.field.slice(7) : undefined;
    if (key && !customTypes.has(key) && column.suggestion?.key === key) customTypes.set(key, column.suggestion.type);
  }
  const mapped = columns
    .flatMap((c, i): Array<[number, string, number]> => (c.field ? [[i, c.field, c.rank ?? 1]] : []))
    .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] - b[2] || a[0] - b[0]))
    .map(([i, field]): [number, string] => [i, field]);
  return { mapped, customTypes, source };
}

const TEXT_LIMITS: Record<string, number> = { firstName: 500, lastName: 500, company: 500, title: 500, phone: 64, linkedinUrl: 2048 };
const SIMPLE_ADDRESS = /^[^\s<>‹›«»(),;"]+$/;

export interface RowOk {
  draft: ContactDraft;
  groupNames?: string[];
  /** Columns whose value went into the contact. */
  used: number[];
}
export type RowResult = RowOk | { problem: RowProblem };

interface Found {
  boxes: Array<Mailbox & { column: number }>;
  fullName: string;
  method?: string;
  where?: string;
  groups?: string[];
  custom: Record<string, string | number | boolean>;
  used: number[];
}

/** One record → a contact draft, or the reason it cannot be one. */
export function buildRow(cells: string[], plan: RowPlan): RowResult {
  const draft: ContactDraft = { email: '', source: plan.source };
  const record = draft as unknown as Record<string, string | undefined>;
  const found: Found = { boxes: [], fullName: '', custom: {}, used: [] };
  for (const [i, field] of plan.mapped) {
    const raw = cells[i];
    if (raw === undefined) continue;
    const cell = raw.charCodeAt(0) === 39 ? unguard(raw).trim() : raw.trim();
    if (cell === '') continue;
    if (readCell(draft, record, found, field, cell, plan, i)) found.used.push(i);
  }
  if (found.groups && found.groups.length > MAX_GROUPS_PER_ROW) return { problem: 'too_many_groups' };
  const email = chooseEmail(found.boxes);
  if ('problem' in email) return email;
  draft.email = email.main.address;
  if (email.others.length) draft.otherEmails = email.others;
  found.used.push(...new Set([email.main.column, ...email.otherColumns]));
  const name = found.fullName || email.main.name || '';
  if (name && !draft.firstName && !draft.lastName) Object.assign(draft, splitPersonName(name));
  if (found.method) draft.source = { method: found.method as Source['method'], where: found.where ?? plan.source.where, at: plan.source.at };
  if (Object.keys(found.custom).length) draft.customFields = found.custom;
  return found.groups?.length ? { draft, groupNames: found.groups, used: found.used } : { draft, used: found.used };
}

/** Puts one cell's value where its field says; true when the value was used. */
function readCell(draft: ContactDraft, record: Record<string, string | undefined>, found: Found, field: string, cell: string, plan: RowPlan, i: number): boolean {
  if (field.startsWith('custom:')) {
    const key = field.slice(7);
    if (found.custom[key] !== undefined) return false;
    const value = customValue(cell, plan.customTypes.get(key));
    if (value !== undefined) found.custom[key] = value;
    return value !== undefined;
  }
  switch (field) {
    case 'email': {
      // Email cells are counted once the address is chosen.
      const boxes = SIMPLE_ADDRESS.test(cell) ? [{ address: cell }] : parseAddressList(cell.replace(/\s*:::\s*/g, ', '));
      for (const box of boxes) found.boxes.push({ ...box, column: i });
      return false;
    }
    case 'tags': {
      const tags = splitList(cell).map((t) => t.slice(0, 64));
      if (tags.length) draft.tags = [...new Set([...(draft.tags ?? []), ...tags])].slice(0, 100);
      return tags.length > 0;
    }
    case 'groups':
      found.groups = [...new Set([...(found.groups ?? []), ...splitList(cell)])];
      return true;
    case 'stage':
    case 'status':
      return !draft[field] && setIf(record, field, readValue(field, cell));
    case 'legalBasis': {
      const basis = draft.consent ? undefined : readValue('legalBasis', cell);
      if (basis) draft.consent = { basis: basis as never, at: plan.source.at };
      return basis !== undefined;
    }
    case 'source':
      if (found.method) return false;
      found.method = readValue('source', cell);
      return found.method !== undefined;
    case 'sourceUrl':
      if (found.where) return false;
      found.where = cell.slice(0, 2048);
      return true;
    case 'fullName':
      if (found.fullName) return false;
      found.fullName = cell.includes(':::') ? (splitMulti(cell)[0] ?? '') : cell;
      return true;
    default: {
      // Several values in one cell, or a later column of the same field: the first is the value, the others are kept aside.
      const [first = '', ...others] = cell.includes(':::') ? splitMulti(cell) : [cell];
      const value = field === 'phone' ? readPhone(first) : first;
      const aside = record[field] && record[field] !== value ? [value, ...others] : others;
      if (!record[field]) record[field] = value.slice(0, TEXT_LIMITS[field] ?? 500);
      if (aside.length) {
        const key = `other_${field.toLowerCase()}`;
        const before = found.custom[key];
        found.custom[key] = [before, ...aside.map((v) => (field === 'phone' ? readPhone(v) : v))].filter(Boolean).join(', ').slice(0, 5000);
      }
      return true;
    }
  }
}

function setIf(record: Record<string, string | undefined>, field: string, value: string | undefined): boolean {
  if (value === undefined) return false;
  record[field] = value;
  return true;
}

type Chosen = { main: Mailbox & { column: number }; others: string[]; otherColumns: number[] } | { problem: RowProblem };

/** The first valid address is the email; the other valid ones are kept as other emails. */
function chooseEmail(boxes: Array<Mailbox & { column: number }>): Chosen {
  if (!boxes.length) return { problem: 'no_email' };
  let main: (Mailbox & { column: number }) | undefined;
  let firstProblem: RowProblem | undefined;
  const others: string[] = [];
  const otherColumns: number[] = [];
  for (const box of boxes) {
    const check = checkImportedEmail(box.address);
    if (!check.ok) {
      firstProblem ??= `email_${check.problem}`;
      continue;
    }
    if (!main) main = { ...box, address: check.email };
    else if (check.email !== main.address && !others.includes(check.email) && others.length < MAX_OTHER_EMAILS) {
      others.push(check.email);
      otherColumns.push(box.column);
    }
  }
  if (!main) return { problem: firstProblem ?? 'no_email' };
  return { main, others, otherColumns };
}
