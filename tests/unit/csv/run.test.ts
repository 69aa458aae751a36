import { parseContactsCsv } from '../../../lib/csv/import';
import { rejectedRowsCsv } from '../../../lib/csv/rejected';
import { dryRunImport, rememberedMapping, runImport } from '../../../lib/csv/run';
import { getDb } from '../../../lib/db/database';
import { DEFAULT_SETTINGS } from '../../../lib/model';
import { bytes, fixture } from './fixture';

const choices = { policy: 'fill' as const, tags: ['Salon'], consentBasis: 'consent' as const, sourceLabel: 'salon.csv' };

describe('an import run', () => {
  it('dry run writes nothing; the run is recorded, the mapping remembered, new custom fields defined', async () => {
    const db = getDb();
    const file = fixture('excel-fr-1252.csv');
    const parse = parseContactsCsv(file, { mapping: { "Chiffre d'affaires": 'custom:chiffre_d_affaires' } });
    // The user chose the suggested custom field for the revenue column.
    parse.columns = parseContactsCsv(file).columns.map((c) => (c.suggestion?.key === 'chiffre_d_affaires' ? { ...c, field: 'custom:chiffre_d_affaires' } : c));
    const dry = await dryRunImport(parse, choices, DEFAULT_SETTINGS);
    expect(dry.created).toBe(2);
    expect(await db.contacts.count()).toBe(0);

    const { runId, report } = await runImport(parse, choices, DEFAULT_SETTINGS, 'salon.csv');
    expect(report.created).toBe(2);
    expect(await db.imports.get(runId)).toMatchObject({ fileName: 'salon.csv', state: 'done', total: 2, created: 2, rejected: 0 });
    expect(await db.fieldDefs.get('chiffre_d_affaires')).toMatchObject({ label: "Chiffre d'affaires", type: 'number' });
    const elodie = (await db.contacts.where('email').equals('elodie.martin@exemple.fr').first())!;
    expect(elodie).toMatchObject({ tags: ['Salon'], consent: { basis: 'consent' }, source: { method: 'import', where: 'salon.csv' } });
    expect(await rememberedMapping(parse.headerKey)).toMatchObject({ Prénom: 'firstName', "Chiffre d'affaires": 'custom:chiffre_d_affaires' });
  });

  it('the rejected rows file holds the original rows with their line and reason', async () => {
    const file = bytes('Notes\nEmail;Name\nbad;Bad\nok@x.fr;Ok\n\n"two\nlines";x\n');
    const blob = rejectedRowsCsv(file, 2, new Map([[3, 'No @'], [6, 'No email']]), { line: 'Line', reason: 'Reason' });
    expect(await blob.text()).toBe('\uFEFFEmail;Name;Line;Reason\r\nbad;Bad;3;No @\r\n"two\nlines";x;6;No email\r\n');
  });
});
