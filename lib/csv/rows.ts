import type { EmailProblem } from '../model/email';
import { checkImportedEmail } from './plain-email';
import { LEGAL_BASES, SOURCE_METHODS, STAGES, STATUSES, type ContactDraft, type CustomFieldDef, type Source } from '../model';
import { foldText } from '../text/fold';
import type { ColumnMapping } from './mapping';
import { customValue, splitMulti } from './values';

export type RowProblem = `email_${EmailProblem}` | 'no_email';

export interface RowPlan {
  /** Column index → field key, for mapped columns only. */
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
  const mapped = columns.flatMap((c, i): Array<[number, string]> => (c.field ? [[i, c.field]] : []));
  return { mapped, customTypes, source };
}

/** Undo our export's formula guard: "'=SUM" was written for "=SUM". */
export function unguard(value: string): string {
  return value.charCodeAt(0) === 39 && /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

const STAGE_WORDS: Record<string, string> = { qualifie: 'Qualified', proposition: 'Proposal', negociation: 'Negotiation', gagne: 'Won', perdu: 'Lost', prospect: 'Lead' };
const STATUS_WORDS: Record<string, string> = { actif: 'Active', desabonne: 'Unsubscribed', desinscrit: 'Unsubscribed', rejete: 'Bounced', repondu: 'Replied', bloque: 'Blocked' };
const BASIS_WORDS: Record<string, string> = { 'interet legitime': 'legitimate_interest', consentement: 'consent', contrat: 'contract', autre: 'other' };

function pick<T extends string>(value: string, allowed: readonly T[], words: Record<string, string>): T | undefined {
  const folded = foldText(value.trim()).replace(/[_-]+/g, ' ');
  const direct = allowed.find((a) => foldText(a).replace(/_/g, ' ') === folded);
  return direct ?? (allowed.find((a) => a === words[folded]) as T | undefined);
}

// Our export and most tools separate with commas (Google with " ::: "); Outlook's Categories use ";".
const LIST_SPLIT = /\s*(?:,|:::)\s*/;
const LIST_SPLIT_SEMICOLON = /\s*(?:;|:::)\s*/;
function list(value: string): string[] {
  const split = value.includes(',') ? LIST_SPLIT : LIST_SPLIT_SEMICOLON;
  // Google's system labels ("* myContacts", "* starred") are not the user's tags.
  return value.split(split).filter((v) => v && !v.startsWith('* ')).map((v) => v.slice(0, 64));
}

const TEXT_LIMITS: Record<string, number> = { firstName: 500, lastName: 500, company: 500, title: 500, phone: 64, linkedinUrl: 2048 };

export type RowResult = { draft: ContactDraft; groupNames?: string[] } | { problem: RowProblem };

/** One record → a contact draft, or the reason it cannot be one. */
export function buildRow(cells: string[], plan: RowPlan): RowResult {
  const draft: ContactDraft = { email: '', source: plan.source };
  const record = draft as unknown as Record<string, string | undefined>;
  const custom: Record<string, string | number | boolean> = {};
  let groupNames: string[] | undefined;
  let fullName = '';
  let method: string | undefined;
  let where: string | undefined;
  let rawEmail = '';
  for (const [i, field] of plan.mapped) {
    const raw = cells[i];
    if (raw === undefined) continue;
    const cell = raw.charCodeAt(0) === 39 ? unguard(raw).trim() : raw.trim();
    if (cell === '') continue;
    if (field.startsWith('custom:')) {
      const value = customValue(cell, plan.customTypes.get(field.slice(7)));
      if (value !== undefined) custom[field.slice(7)] = value;
      continue;
    }
    switch (field) {
      case 'tags': {
        const tags = list(cell);
        if (tags.length) draft.tags = [...new Set([...(draft.tags ?? []), ...tags])].slice(0, 100);
        break;
      }
      case 'groups': groupNames = list(cell); break;
      case 'stage': {
        const stage = pick(cell, STAGES, STAGE_WORDS);
        if (stage) draft.stage = stage;
        break;
      }
      case 'status': {
        const status = pick(cell, STATUSES, STATUS_WORDS);
        if (status) draft.status = status;
        break;
      }
      case 'source': method = pick(cell, SOURCE_METHODS, {}); break;
      case 'sourceUrl': where = cell.slice(0, 2048); break;
      case 'legalBasis': {
        const basis = pick(cell, LEGAL_BASES, BASIS_WORDS);
        if (basis) draft.consent = { basis, at: plan.source.at };
        break;
      }
      case 'fullName': fullName = cell.includes(':::') ? (splitMulti(cell)[0] ?? '') : cell; break;
      default: {
        // Several values in one cell: the first is the value, the others are kept aside.
        const [first = '', ...others] = cell.includes(':::') ? splitMulti(cell) : [cell];
        if (field === 'email') rawEmail = first;
        else record[field] = first.slice(0, TEXT_LIMITS[field] ?? 500);
        if (others.length) custom[`other_${field.toLowerCase()}`] = others.join(', ').slice(0, 5000);
      }
    }
  }
  if (rawEmail === '') return { problem: 'no_email' };
  const check = checkImportedEmail(rawEmail);
  if (!check.ok) return { problem: `email_${check.problem}` };
  draft.email = check.email;
  if (fullName && !draft.firstName && !draft.lastName) {
    const space = fullName.indexOf(' ');
    if (space === -1) draft.firstName = fullName.slice(0, 500);
    else {
      draft.firstName = fullName.slice(0, space).slice(0, 500);
      draft.lastName = fullName.slice(space + 1).trim().slice(0, 500);
    }
  }
  if (method) draft.source = { method: method as Source['method'], where: where ?? plan.source.where, at: plan.source.at };
  if (Object.keys(custom).length) draft.customFields = custom;
  return groupNames?.length ? { draft, groupNames } : { draft };
}
