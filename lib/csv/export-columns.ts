export const EXPORT_FORMATS = ['csv', 'excel-fr'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const STANDARD_COLUMNS = [
  'email', 'firstName', 'lastName', 'company', 'title', 'phone', 'linkedinUrl',
  'tags', 'groups', 'stage', 'status', 'source', 'sourceUrl', 'legalBasis', 'otherEmails',
] as const;
export type StandardColumn = (typeof STANDARD_COLUMNS)[number];

/** Header names per format; each is an import alias of its field, so a re-import maps itself. */
export const EXPORT_HEADERS: Record<ExportFormat, Record<StandardColumn, string>> = {
  csv: {
    email: 'Email', firstName: 'First name', lastName: 'Last name', company: 'Company', title: 'Job title',
    phone: 'Phone', linkedinUrl: 'LinkedIn URL', tags: 'Tags', groups: 'Groups', stage: 'Stage', status: 'Status',
    source: 'Source', sourceUrl: 'Source URL', legalBasis: 'Legal basis', otherEmails: 'Other emails',
  },
  'excel-fr': {
    email: 'E-mail', firstName: 'Prénom', lastName: 'Nom', company: 'Société', title: 'Poste', phone: 'Téléphone',
    linkedinUrl: 'Profil LinkedIn', tags: 'Étiquettes', groups: 'Groupes', stage: 'Étape', status: 'Statut',
    source: 'Source', sourceUrl: 'URL source', legalBasis: 'Base légale', otherEmails: 'Autres e-mails',
  },
};
