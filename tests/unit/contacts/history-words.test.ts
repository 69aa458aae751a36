import { describe, expect, it } from 'vitest';
import { describeChanges, type HistoryWords } from '../../../lib/contacts/history-words';
import { translator } from '../../../lib/i18n';
import type { CustomFieldDef, Group } from '../../../lib/model';

const defs = new Map<string, CustomFieldDef>([
  ['secteur', { key: 'secteur', label: 'Sector', type: 'text', createdAt: 1 } as CustomFieldDef],
  ['renewal', { key: 'renewal', label: 'Renewal', type: 'date', createdAt: 2 } as CustomFieldDef],
]);
const groups = new Map<number, Group>([[4, { id: 4, name: 'Salon 2025', color: '#000', createdAt: 1 } as Group]]);
const words = (locale: 'en' | 'fr'): HistoryWords => ({ t: translator(locale), locale, defs, groups });

describe('history in words', () => {
  it('splits the custom-field map into one line per field, by its name, never JSON', () => {
    const lines = describeChanges({ customFields: [{}, { secteur: 'Industrie', renewal: '2027-03-01' }] }, words('en'));
    expect(lines).toEqual([
      { key: 'custom:secteur', label: 'Sector', before: '—', after: 'Industrie' },
      { key: 'custom:renewal', label: 'Renewal', before: '—', after: 'Mar 1, 2027' },
    ]);
  });

  it('names stages, statuses, groups, consent and flags in the interface language', () => {
    const lines = describeChanges(
      { stage: ['Lead', 'Qualified'], groupIds: [[], [4, 99]], consent: [undefined, { basis: 'consent', at: 1 }], archived: [0, 1], firstName: ['', 'Ana'] },
      words('fr'),
    );
    expect(lines.map((l) => `${l.label}: ${l.before} → ${l.after}`)).toEqual([
      'Étape: Lead → Qualifié',
      'Groupes: — → Salon 2025, groupe supprimé',
      'Base légale: — → Consentement',
      'Archivé: Non → Oui',
      'Prénom: — → Ana',
    ]);
    expect(lines.some((l) => /[{}"]/.test(l.before + l.after))).toBe(false);
  });
});
