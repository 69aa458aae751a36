import { parseContactsCsv } from '../../../lib/csv/import';
import { fixture } from './fixture';
it('dump', () => {
  for (const f of ['linkedin-connections.csv','google-contacts.csv','salesforce.csv','hubspot.csv','apollo.csv','lemlist.csv','pipedrive.csv','excel-fr-1252.csv','outlook.csv']) {
    const r = parseContactsCsv(fixture(f));
    console.log(f, JSON.stringify(r.columns.map((c) => [c.header, c.field, c.reason, c.rank])));
  }
});
