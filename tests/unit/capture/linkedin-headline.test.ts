import { describe, expect, it } from 'vitest';
import { companyFromLabel, parseHeadline } from '../../../lib/capture/linkedin-headline';

describe('parseHeadline', () => {
  it.each([
    ['VP Sales at Acme', { title: 'VP Sales', company: 'Acme' }],
    ['Directrice commerciale chez Exemple SA', { title: 'Directrice commerciale', company: 'Exemple SA' }],
    ['Founder @ Acme', { title: 'Founder', company: 'Acme' }],
    ['Head of Growth @Acme | Ex-Google', { title: 'Head of Growth', company: 'Acme' }],
    ['CTO | Acme', { title: 'CTO', company: 'Acme' }],
    ['Founder | Speaker | Author', { title: 'Founder' }],
    ['Leiter Vertrieb bei Contoso GmbH', { title: 'Leiter Vertrieb', company: 'Contoso GmbH' }],
    ['Helping B2B teams sell more', { title: 'Helping B2B teams sell more' }],
    ['Account Executive - Fabrikam', { title: 'Account Executive', company: 'Fabrikam' }],
    ['Sales at Acme - we are hiring', { title: 'Sales', company: 'Acme' }],
    // Connectors in other UI languages; short prepositions split at their last occurrence.
    ['Responsabile vendite presso Esempio Spa', { title: 'Responsabile vendite', company: 'Esempio Spa' }],
    ['Accountmanager bij Voorbeeld BV', { title: 'Accountmanager', company: 'Voorbeeld BV' }],
    ['Ingeniero de Software en Ejemplo', { title: 'Ingeniero de Software', company: 'Ejemplo' }],
    ['Ingeniero en Software en Ejemplo', { title: 'Ingeniero en Software', company: 'Ejemplo' }],
    ['Gerente comercial na Exemplo', { title: 'Gerente comercial', company: 'Exemplo' }],
    ['Analityk w Przykład', { title: 'Analityk', company: 'Przykład' }],
    ['Listonosz w firmie Poczta Polska S. A.', { title: 'Listonosz', company: 'Poczta Polska S. A.' }],
    ['', {}],
    [undefined, {}],
  ])('%j', (headline, expected) => {
    expect(parseHeadline(headline)).toEqual(expected);
  });
});

describe('companyFromLabel', () => {
  it.each([
    ['Current company: Acme Robotics. Click to skip to experience card', 'Acme Robotics'],
    ['Current company: Acme Inc. Click to skip to experience card', 'Acme Inc'],
    ['Entreprise actuelle\u00a0: Exemple SA. Cliquez pour passer à la carte Expérience', 'Exemple SA'],
    ['Entreprise actuelle : S.N.C.F.', 'S.N.C.F'],
    ['Current company: Acme', 'Acme'],
    ['Education: INSA Lyon. Click to skip to education card', undefined],
    [null, undefined],
  ])('%j → %j', (label, company) => {
    expect(companyFromLabel(label)).toBe(company);
  });
});
