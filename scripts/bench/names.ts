/**
 * Word lists for the synthetic contacts: first and last names in several
 * languages (with their accents), companies, titles, tags and groups.
 * Enough variety that prefix search and indexes behave as on real data.
 */
export interface Locale {
  country: string;
  tld: string;
  firstNames: readonly string[];
  lastNames: readonly string[];
  companyWords: readonly string[];
  companyForms: readonly string[];
  titles: readonly string[];
}

export const LOCALES: readonly Locale[] = [
  {
    country: 'FR',
    tld: 'fr',
    firstNames: ['Élodie', 'Jérôme', 'Anaïs', 'François', 'Hélène', 'Chloé', 'Léa', 'Maël', 'Noël', 'Zoé', 'Camille', 'Thibault', 'Aurélie', 'Benoît', 'Cécile', 'Grégoire', 'Inès', 'Loïc', 'Maëlle', 'Sébastien'],
    lastNames: ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Girard', 'Roux', 'Fournier', 'Mercier', 'Boucher', 'Faure', 'Chevalier', 'Lemaître', 'Gauthier', 'Bérenger', 'Duprè', 'Hébert', 'Le Goff', 'Moreau', 'Perrin', 'Rivière'],
    companyWords: ['Solutions', 'Conseil', 'Logistique', 'Énergie', 'Numérique', 'Atelier', 'Horizon', 'Lumière', 'Vignobles', 'Données'],
    companyForms: ['SA', 'SAS', 'SARL', ''],
    titles: ['Directrice commerciale', 'Directeur des achats', 'Responsable marketing', 'Chef de projet', 'Gérant', 'Ingénieur commercial', 'Responsable RH', 'Directeur général'],
  },
  {
    country: 'DE',
    tld: 'de',
    firstNames: ['Jürgen', 'Günter', 'Björn', 'Jörg', 'Käthe', 'Sören', 'Lena', 'Maximilian', 'Ursula', 'Dieter', 'Anja', 'Matthias', 'Sabine', 'Tobias', 'Änne', 'Stefan', 'Katrin', 'Florian'],
    lastNames: ['Müller', 'Schröder', 'Weiß', 'Groß', 'Köhler', 'Schäfer', 'Schmidt', 'Wagner', 'Becker', 'Hoffmann', 'Krüger', 'Hölzl', 'Neumann', 'Vogel', 'Zimmermann', 'Bäcker'],
    companyWords: ['Maschinenbau', 'Technik', 'Logistik', 'Software', 'Werkzeuge', 'Energie', 'Beratung', 'Systeme', 'Handel', 'Automobil'],
    companyForms: ['GmbH', 'AG', 'KG', 'GmbH & Co. KG'],
    titles: ['Vertriebsleiter', 'Geschäftsführerin', 'Einkaufsleiter', 'Leiterin Marketing', 'Projektleiter', 'Key Account Manager', 'Technischer Leiter'],
  },
  {
    country: 'ES',
    tld: 'es',
    firstNames: ['José', 'María', 'Lucía', 'Álvaro', 'Íñigo', 'Begoña', 'Raúl', 'Sofía', 'Andrés', 'Martín', 'Nuria', 'Joaquín', 'Mónica', 'Rocío', 'Héctor', 'Núñez'],
    lastNames: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Jiménez', 'Muñoz', 'Díaz', 'Álvarez', 'Romero', 'Peña', 'Ibáñez'],
    companyWords: ['Soluciones', 'Logística', 'Energía', 'Consultoría', 'Tecnología', 'Distribución', 'Ingeniería', 'Servicios'],
    companyForms: ['S.L.', 'S.A.', ''],
    titles: ['Director comercial', 'Jefa de compras', 'Responsable de marketing', 'Gerente', 'Directora de operaciones', 'Ejecutivo de cuentas'],
  },
  {
    country: 'GB',
    tld: 'co.uk',
    firstNames: ['James', 'Oliver', 'Emily', 'Charlotte', 'Harry', 'Amelia', 'George', 'Sophie', 'Jack', 'Olivia', 'Thomas', 'Grace', 'William', 'Isabella', 'Siobhán', 'Seán', 'Zoë', 'Renée'],
    lastNames: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', "O'Brien", 'Evans', 'Walker', 'Thompson', 'White', 'Hughes', 'Edwards'],
    companyWords: ['Holdings', 'Analytics', 'Logistics', 'Consulting', 'Industries', 'Networks', 'Partners', 'Dynamics', 'Labs', 'Ventures'],
    companyForms: ['Ltd', 'PLC', 'Group', ''],
    titles: ['Head of Sales', 'VP Sales', 'Procurement Manager', 'Marketing Director', 'Account Executive', 'Chief Operating Officer', 'CTO', 'Founder'],
  },
  {
    country: 'US',
    tld: 'com',
    firstNames: ['Michael', 'Jennifer', 'David', 'Ashley', 'Christopher', 'Jessica', 'Matthew', 'Sarah', 'Daniel', 'Emily', 'Andrew', 'Megan', 'Ryan', 'Lauren', 'José', 'Chloé'],
    lastNames: ['Miller', 'Davis', 'Anderson', 'Thomas', 'Jackson', 'Harris', 'Clark', 'Lewis', 'Young', 'Allen', 'King', 'Scott', 'Nguyen', 'Kim', 'Patel', 'Cohen'],
    companyWords: ['Systems', 'Cloud', 'Data', 'Robotics', 'Health', 'Capital', 'Software', 'Media', 'Energy', 'Security'],
    companyForms: ['Inc.', 'LLC', 'Corp.', ''],
    titles: ['VP of Sales', 'Sales Development Representative', 'Director of Procurement', 'CMO', 'Account Manager', 'CEO', 'Head of Growth', 'Operations Manager'],
  },
];

export const COMPANY_PREFIXES = ['Acme', 'Nova', 'Atlas', 'Orion', 'Zenith', 'Vertex', 'Helios', 'Polaris', 'Arcadia', 'Boréal', 'Cèdre', 'Nordstern', 'Sol', 'Apex', 'Lyra', 'Kestrel', 'Quantum', 'Terra', 'Aurora', 'Cobalt'];

export const TAGS = ['salon-2025', 'salon-2026', 'webinar', 'inbound', 'outbound', 'partner', 'vip', 'decision-maker', 'à-relancer', 'newsletter', 'event-paris', 'event-berlin', 'cold', 'warm', 'hot', 'referral', 'linkedin-ads', 'trial', 'churned', 'upsell', 'intérêt-fort', 'budget-2026', 'competitor-user', 'champion', 'ex-client', 'pilot', 'rgpd-ok', 'enterprise', 'smb', 'mid-market'];

export const GROUPS = ['Prospects Q1', 'Prospects Q2', 'Salon Lyon', 'Clients clés', 'Partenaires', 'Berlin Messe', 'Madrid Expo', 'London Summit', 'Newsletter', 'À qualifier', 'Renewals', 'Cold list'];

export const INDUSTRIES = ['Software', 'Manufacturing', 'Retail', 'Finance', 'Healthcare', 'Logistics', 'Energy', 'Education', 'Media', 'Public sector'];
