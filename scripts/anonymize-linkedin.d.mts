export interface AnonymizeReport {
  names: string[];
  slugs: string[];
  emails: string[];
  phones: string[];
  photos: number;
  ids: number;
  undecided: string[];
}
export function anonymize(html: string, options?: { map?: Record<string, string> }): { html: string; report: AnonymizeReport };
